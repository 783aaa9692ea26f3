/**
 * An organisation's Currents document judged (PROTOCOL.md CU2–CU4, CU6, CU7): each record's
 * verdict, and every valid current with its statement (and the hide in force) and the members
 * listed. Nothing here reads a chapter's decisions: the roster only says who is a member of the
 * organisation (CU2.4, CU7), so no chapter can take a current away. Never throws on record content.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseChatBody } from "../chat/chat-bodies.js";
import { moderatorProblem, roomMemberProblem } from "../chat/room-authority.js";
import type { HideNote } from "../chat/room-timeline.js";
import { parseCurrentBody, type CurrentKind, type CurrentsBody } from "./current-bodies.js";

/** A member of a current as CU7 lists them: their key and the chapters of their live grants. */
export interface CurrentMember {
  readonly key: MemberKey;
  /** Sorted by id. */
  readonly chapters: readonly ChapterId[];
}

/** A current as the organisation's currents show it (CU7). */
export interface Current {
  readonly id: RecordId;
  readonly name: string;
  readonly founder: MemberKey;
  readonly at: number;
  /** Kept whatever a hide says (CU6): shown on request when hidden. */
  readonly statement: string;
  /** The hide of the statement in force (CU6), or null. */
  readonly hidden: HideNote | null;
  /** Sorted by key. */
  readonly members: readonly CurrentMember[];
}

/** What judging a Currents document gives. */
export interface CurrentsJudgement {
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** By name (UTF-16 code units), then id. */
  readonly currents: readonly Current[];
}

/** Display order (as CH10.1): by claimed time, then id. */
const byTime = (a: ParsedRecord, b: ParsedRecord): number => a.envelope.at - b.envelope.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** CU2: a current record's body, or its verdict. */
function judgeCommon<K extends CurrentKind>(record: ParsedRecord, kind: K, root: ChapterId, rosters: CausalRosters): Extract<CurrentsBody, { kind: K }> | Verdict {
  const parsed = parseCurrentBody(kind, record.envelope.body);
  if (!parsed.ok) return verdict("malformed", "CU2.1", parsed.problem);
  if (parsed.body.root !== root) return verdict("wrong-context", "CU2.2", `written for the organisation of ${parsed.body.root}, not of ${root}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "CU2.3", past);
  const member = roomMemberProblem(rosters, record, { chapter: root, access: "subtree", members: [] });
  if (member !== undefined) return verdict("ineligible-signer", "CU2.4", member);
  return parsed.body;
}

/** CU6: a hide of a statement — the current it hides and its note, or its verdict. */
function judgeHide(record: ParsedRecord, root: ChapterId, currents: ReadonlyMap<RecordId, Current>, rosters: CausalRosters): { target: RecordId; note: HideNote | null } | Verdict {
  const parsed = parseChatBody("hide", record.envelope.body);
  if (!parsed.ok) return verdict("malformed", "CU6", parsed.problem);
  const { target, scope, reason, hidden } = parsed.body;
  if (!currents.has(target)) return verdict("missing-deps", "CU6", `the current ${target} is not a valid current of this document`);
  if (scope !== target) return verdict("wrong-context", "CU6", `written for ${scope}, not for the current ${target}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "CU6", past);
  const moderator = moderatorProblem(rosters, record, root);
  if (moderator !== undefined) return verdict("ineligible-signer", "CU6", moderator);
  return { target, note: hidden ? { id: record.id, by: record.envelope.signer, at: record.envelope.at, reason } : null };
}

/**
 * Judges the records of the Currents document of the organisation whose root chapter is `root`:
 * currents (CU3), then joins and leaves against the valid currents (CU4), then hides of statements
 * (CU6). `rosters` holds every record of the organisation; the members listed are those in a
 * current (CU4.2) holding a live grant in the fold of all of them (CU7). Never throws on content.
 */
export function judgeCurrents(root: ChapterId, records: readonly ParsedRecord[], rosters: CausalRosters): CurrentsJudgement {
  const ordered = [...records].sort(byTime);
  const verdicts = new Map<RecordId, Verdict>();
  const currents = new Map<RecordId, Current>();
  // CU4.2: the founding record is the founder's join; each member's latest join or leave counts.
  const moves: { readonly record: ParsedRecord; readonly current: RecordId; readonly joined: boolean }[] = [];
  for (const record of ordered.filter((entry) => entry.envelope.kind === "current")) {
    const judged = judgeCommon(record, "current", root, rosters);
    if ("status" in judged) {
      verdicts.set(record.id, judged);
      continue;
    }
    verdicts.set(record.id, VALID);
    currents.set(record.id, { id: record.id, name: judged.name, founder: record.envelope.signer, at: record.envelope.at, statement: judged.statement, hidden: null, members: [] });
    moves.push({ record, current: record.id, joined: true });
  }
  for (const record of ordered) {
    const kind = record.envelope.kind;
    if (kind !== "current-join" && kind !== "current-leave") continue;
    const judged = judgeCommon(record, kind, root, rosters);
    if ("status" in judged) verdicts.set(record.id, judged);
    else if (!currents.has(judged.current)) verdicts.set(record.id, verdict("missing-deps", "CU4.1", `the current ${judged.current} is not a valid current of this document`));
    else {
      verdicts.set(record.id, VALID);
      moves.push({ record, current: judged.current, joined: kind === "current-join" });
    }
  }
  const latest = new Map<RecordId, Map<MemberKey, boolean>>([...currents.keys()].map((id) => [id, new Map()]));
  for (const move of moves.sort((a, b) => byTime(a.record, b.record))) latest.get(move.current)!.set(move.record.envelope.signer, move.joined);
  for (const record of ordered.filter((entry) => entry.envelope.kind === "hide")) {
    const judged = judgeHide(record, root, currents, rosters);
    if ("status" in judged) {
      verdicts.set(record.id, judged);
      continue;
    }
    verdicts.set(record.id, VALID);
    currents.set(judged.target, { ...currents.get(judged.target)!, hidden: judged.note });
  }
  // CU7: listed when in the current and a member of the organisation now, with the chapters of their live grants.
  const chaptersOf = new Map<MemberKey, ChapterId[]>();
  for (const chapter of rosters.foldAll().roster.chapters.values()) {
    for (const key of chapter.members.keys()) chaptersOf.set(key, [...(chaptersOf.get(key) ?? []), chapter.id]);
  }
  const shown = [...currents.values()].map((current): Current => {
    const members = [...latest.get(current.id)!]
      .filter(([key, joined]) => joined && chaptersOf.has(key))
      .map(([key]) => ({ key, chapters: [...chaptersOf.get(key)!].sort(byText) }))
      .sort((a, b) => byText(a.key, b.key));
    return { ...current, members };
  });
  return { verdicts, currents: shown.sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id)) };
}
