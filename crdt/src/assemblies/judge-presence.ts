/**
 * A vote of the members present (PROTOCOL.md AS8.2–AS8.6, AS8.9): the assembly its open names,
 * judged beside the deciding chapter's events; the check-ins and check-outs the open takes, judged
 * by AS3; who was in the room when the vote opened; the electorate kept to them; and the room as
 * every close must record it. Pure; never throws on record content.
 */
import { canonicalize } from "../records/canonical.js";
import type { DocumentUrl, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { Accepted } from "../proposals/judge-proposal.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import type { Roster } from "../membership/roster.js";
import type { CloseBody, OpenBody } from "../votes/vote-bodies.js";
import type { WeightedMember } from "../votes/vote-electorate.js";
import { judgeEvents } from "../events/judge-events.js";
import { EVENT_SPECS } from "../events/kinds.js";
import { ASSEMBLY_SPECS } from "./kinds.js";
import { assemblyDocumentUrl } from "./assembly-document-url.js";
import { parseAttendanceSetBody, type ClosePresence } from "./attendance-set.js";
import { judgeAssembly } from "./judge-assembly.js";
import { judgeConvenings, type Convening } from "./judge-convening.js";
import { roomQuorum } from "./room-quorum.js";

/** Where a record was found: a document of a type, one of its maps. */
export interface PresencePlace {
  readonly type: string;
  readonly url: DocumentUrl;
  readonly map: string;
}

/** What judging a vote's presence needs. */
export interface PresenceContext {
  readonly rosters: CausalRosters;
  /** The vote's open, when it is valid. */
  readonly open: Accepted<OpenBody> | undefined;
  /** The roster of the open's roster reference (V3.1): where the deciding chapter's document is. */
  readonly roster: Roster | undefined;
  /** V3.3's weighted electorate (after DU8.5), by member. */
  readonly electorate: readonly WeightedMember[];
  /** Where each record was found. */
  readonly placesOf: (record: ParsedRecord) => readonly PresencePlace[];
}

/** The report's `present` (AS8.9). */
export interface PresenceReport extends ClosePresence {
  readonly assembly: RecordId;
  readonly taken: number;
}

/** A vote's presence judged (AS8). */
export interface PresenceJudgement {
  /** A verdict for every record given. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** The electorate every rule of the vote reads (AS8.5): kept to the members present when the open has `present`. */
  readonly electorate: readonly WeightedMember[];
  /** AS8.9, when the vote's open is valid and has `present`. */
  readonly report: PresenceReport | undefined;
  /** Why the open's assembly is not a valid assembly of the deciding chapter (AS8.2). */
  readonly assemblyProblem: string | undefined;
  /** Taken ids the assembly's document does not hold as a check-in or check-out (AS8.3). */
  readonly unconfirmed: number;
  /** AS8.6: a `wrong-result` verdict when a close's `presence` is not the room as this vote was held, else undefined. */
  readonly closeProblem: (close: CloseBody) => Verdict | undefined;
}

const ATTENDANCE: ReadonlySet<string> = new Set(["check-in", "check-out"]);
const PRESENCE_KINDS: ReadonlySet<string> = new Set([...EVENT_SPECS, ...ASSEMBLY_SPECS].map((spec) => spec.kind));

/** True for the kinds a vote of the members present reads (AS8.3): the events', the assemblies' and `attendance-set`. Never throws. */
export function isPresenceKind(kind: string): boolean {
  return PRESENCE_KINDS.has(kind);
}

/** The members in the room (AS8.5, AS5.1): of each member's valid taken records, the latest (`at`, then larger id) is a check-in. */
function presentMembers(valid: readonly ParsedRecord[]): Set<MemberKey> {
  const latest = new Map<MemberKey, ParsedRecord>();
  for (const record of valid) {
    const member = (record.envelope.body as { member: MemberKey }).member;
    const held = latest.get(member);
    if (held === undefined || record.envelope.at > held.envelope.at || (record.envelope.at === held.envelope.at && record.id > held.id)) latest.set(member, record);
  }
  return new Set([...latest].filter(([, record]) => record.envelope.kind === "check-in").map(([member]) => member));
}

/**
 * AS8.2–AS8.6 over the held records of the kinds `event`, `event-update`, `event-rsvp`, `assembly`,
 * the Assembly document's kinds and `attendance-set`. Without a valid open with `present`, every
 * one is V9.1's record of another kind and the electorate is unchanged.
 */
export function judgePresence(records: readonly ParsedRecord[], context: PresenceContext): PresenceJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const { open, electorate } = context;
  const present = open?.body.present;
  if (open === undefined || present === undefined) {
    for (const record of records) verdicts.set(record.id, verdict("wrong-context", "V9.1", `a ${record.envelope.kind} record is not part of a vote`));
    const closeProblem = (close: CloseBody) => (close.presence === undefined ? undefined : verdict("wrong-result", "AS8.6", "the close records a room, but its open is not a vote of the members present"));
    return { verdicts, electorate, report: undefined, assemblyProblem: undefined, unconfirmed: 0, closeProblem };
  }

  // AS8.3: the sets the open names, and what they take.
  const named = new Set<RecordId>(present.sets);
  const taken = new Set<RecordId>();
  for (const record of records) {
    if (record.envelope.kind !== "attendance-set") continue;
    if (!named.has(record.id)) {
      verdicts.set(record.id, verdict("wrong-context", "AS8.3", "an attendance set the vote's open does not name"));
      continue;
    }
    const parsed = parseAttendanceSetBody(record.envelope.body);
    if (!parsed.ok) verdicts.set(record.id, verdict("malformed", "AS8.1", parsed.problem));
    else {
      verdicts.set(record.id, VALID);
      for (const id of parsed.body.ids) taken.add(id);
    }
  }

  // AS8.2: the assembly, judged beside the deciding chapter's events in its document.
  const chapter = open.body.chapter;
  const chapterUrl = context.roster?.chapters.get(chapter)?.document;
  const inPlace = (record: ParsedRecord, type: string, url: DocumentUrl | undefined, map: string) =>
    context.placesOf(record).some((place) => place.type === type && place.url === url && place.map === map);
  const chapterRecords = records.filter((record) => inPlace(record, "chapter", chapterUrl, "events"));
  const events = judgeEvents(chapter, chapterRecords, context.rosters);
  const convenings = judgeConvenings(chapter, chapterRecords, new Set(events.events.map((event) => event.id)), context.rosters);
  for (const [id, v] of [...events.verdicts, ...convenings.verdicts]) verdicts.set(id, v);
  const convening: Convening | undefined = convenings.assemblies.get(present.assembly);
  const assemblyProblem =
    convening !== undefined
      ? undefined
      : verdicts.get(present.assembly) === undefined
        ? `[AS8.2] the assembly ${present.assembly} is not held in the deciding chapter's document`
        : `[AS8.2] the assembly ${present.assembly} is not valid: ${verdicts.get(present.assembly)!.detail}`;

  // AS8.4: each taken record judged by AS3 in the assembly's own document.
  const assemblyUrl = assemblyDocumentUrl(present.assembly);
  const inAssembly: ParsedRecord[] = [];
  const byId = new Map<RecordId, ParsedRecord>();
  for (const record of records) {
    byId.set(record.id, record);
    if (verdicts.has(record.id)) continue;
    if (!ATTENDANCE.has(record.envelope.kind)) verdicts.set(record.id, verdict("wrong-context", "V9.1", `a ${record.envelope.kind} record is not part of a vote`));
    else if (!taken.has(record.id)) verdicts.set(record.id, verdict("wrong-context", "AS8.3", "not among the attendance records the open takes"));
    else if (!inPlace(record, "assembly", assemblyUrl, "attendance")) verdicts.set(record.id, verdict("wrong-context", "AS8.4", "not held in the assembly's own document"));
    else inAssembly.push(record);
  }
  const judged = judgeAssembly(present.assembly, convening, inAssembly, context.rosters);
  for (const [id, v] of judged.verdicts) verdicts.set(id, v);
  let unconfirmed = 0;
  for (const id of taken) if (!ATTENDANCE.has(byId.get(id)?.envelope.kind ?? "")) unconfirmed += 1;

  // AS8.5: the members in the room when the vote opened; AS8.6: the room as every close records it.
  const room = presentMembers(judged.valid.filter(({ record }) => ATTENDANCE.has(record.envelope.kind)).map(({ record }) => record));
  const kept = electorate.filter((entry) => room.has(entry.member));
  const weight = kept.reduce((sum, entry) => sum + entry.weight, 0);
  const total = electorate.reduce((sum, entry) => sum + entry.weight, 0);
  const quorum = convening?.quorum ?? null;
  const presence: ClosePresence = {
    members: kept.length,
    weight,
    electorate: { members: electorate.length, weight: total },
    quorum,
    ...roomQuorum(weight, total, quorum),
  };
  const sealed = canonicalize(presence);
  const closeProblem = (close: CloseBody): Verdict | undefined => {
    if (close.presence === undefined) return verdict("wrong-result", "AS8.6", "the close does not record the room of a vote of the members present");
    return canonicalize(close.presence) === sealed ? undefined : verdict("wrong-result", "AS8.6", "the room the close records is not the one its vote was held in");
  };
  return {
    verdicts,
    electorate: kept,
    report: { assembly: present.assembly, taken: taken.size, ...presence },
    assemblyProblem,
    unconfirmed,
    closeProblem,
  };
}
