/**
 * A chapter's `assembly` records judged (PROTOCOL.md AS2): each record's verdict and the valid
 * assemblies, by id. Judged beside the chapter's events, whose valid ids the caller passes, so this
 * file needs nothing of the events' own rules. Never throws on record content.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Fraction } from "../tally/types.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseAssemblyBody } from "./assembly-bodies.js";

/** A valid assembly (AS2). */
export interface Convening {
  /** The `assembly` record's id: the assembly's id. */
  readonly id: RecordId;
  readonly chapter: ChapterId;
  readonly event: RecordId;
  /** Sorted ascending. */
  readonly chairs: readonly MemberKey[];
  readonly quorum: Fraction | null;
  /** Who convened it (one of the chairs) and when (claimed, R6). */
  readonly convener: MemberKey;
  readonly at: number;
  /** The record itself, copied into the Assembly document's `origin`. */
  readonly record: ParsedRecord;
}

/** The verdicts of `assembly` records and the valid assemblies. */
export interface ConveningsJudgement {
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** By id. */
  readonly assemblies: ReadonlyMap<RecordId, Convening>;
}

/** Judges one `assembly` record of `chapter`'s document (AS2). */
function judgeOne(record: ParsedRecord, chapter: ChapterId, events: ReadonlySet<RecordId>, rosters: CausalRosters): Convening | Verdict {
  const { body: raw, signer, deps, at } = record.envelope;
  const parsed = parseAssemblyBody("assembly", raw);
  if (!parsed.ok) return verdict("malformed", "AS2", parsed.problem);
  const body = parsed.body;
  if (!deps.includes(body.event)) return verdict("malformed", "AS2", `deps do not cite the event ${body.event}`);
  if (body.chapter !== chapter) return verdict("wrong-context", "AS2", `an assembly of chapter ${body.chapter}, not of ${chapter}`);
  if (!events.has(body.event)) return verdict("wrong-context", "AS2", `no valid event ${body.event} in this chapter`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "AS2", past);
  if (!body.chairs.includes(signer)) return verdict("ineligible-signer", "AS2", "the signer is not among the chairs");
  if (rosters.rosterAt(deps).authority.citedGrant(chapter, signer, deps) === undefined)
    return verdict("ineligible-signer", "AS2", `the signer cites no live membership of chapter ${chapter} or a chapter below it in its causal past`);
  return { id: record.id, chapter, event: body.event, chairs: body.chairs, quorum: body.quorum, convener: signer, at, record };
}

/**
 * Judges the `assembly` records among `records` (other kinds are left out) as records of
 * `chapter`'s Chapter document; `events` are the ids of the chapter's valid events (EV1).
 */
export function judgeConvenings(chapter: ChapterId, records: readonly ParsedRecord[], events: ReadonlySet<RecordId>, rosters: CausalRosters): ConveningsJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const assemblies = new Map<RecordId, Convening>();
  for (const record of records) {
    if (record.envelope.kind !== "assembly") continue;
    const judged = judgeOne(record, chapter, events, rosters);
    if ("status" in judged) verdicts.set(record.id, judged);
    else {
      verdicts.set(record.id, VALID);
      assemblies.set(record.id, judged);
    }
  }
  return { verdicts, assemblies };
}
