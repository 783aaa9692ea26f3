/**
 * The dissents in a chapter's decisions log judged (PROTOCOL.md DS1–DS4), with a moderator's
 * hides of them (CH8 in the decisions log, DS3): each record's verdict, and each decision's
 * dissents as the log shows them. Decisions themselves are V7's to judge: here a dissent needs only
 * the decision record it answers. Never throws on record content.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseChatBody, type HideBody } from "../chat/chat-bodies.js";
import { moderatorProblem, roomMemberProblem } from "../chat/room-authority.js";
import type { HideNote } from "../chat/room-timeline.js";
import { parseDissentBody, type DissentBody } from "./dissent-body.js";

/** A dissent as the decisions log shows it (DS4). */
export interface Dissent {
  readonly id: RecordId;
  readonly decision: RecordId;
  readonly author: MemberKey;
  readonly at: number;
  /** Kept whatever a hide says (DS3): shown on request when hidden. */
  readonly text: string;
  /** The hide in force (CH8.2), or null. */
  readonly hidden: HideNote | null;
  /** The current its author linked it to (DS1.5), when linked. */
  readonly current?: RecordId;
}

/** What judging a chapter's dissents gives. */
export interface DissentJudgement {
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** Each decision's dissents in display order (claimed time, then id). */
  readonly byDecision: ReadonlyMap<RecordId, readonly Dissent[]>;
}

/** Display order (DS4, as CH10.1): by claimed time, then id. */
const byTime = (a: ParsedRecord, b: ParsedRecord): number => a.envelope.at - b.envelope.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** DS1.1–DS2: a dissent's body, or its verdict. */
function judgeDissent(record: ParsedRecord, chapter: ChapterId, decisions: ReadonlyMap<RecordId, ParsedRecord>, rosters: CausalRosters): DissentBody | Verdict {
  const parsed = parseDissentBody(record.envelope.body);
  if (!parsed.ok) return verdict("malformed", "DS1.1", parsed.problem);
  const body = parsed.body;
  if (body.chapter !== chapter) return verdict("wrong-context", "DS1.3", `written for chapter ${body.chapter}, not ${chapter}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "DS1.4", past);
  const member = roomMemberProblem(rosters, record, { chapter, access: "subtree", members: [] });
  if (member !== undefined) return verdict("ineligible-signer", "DS1.4", member);
  if (!decisions.has(body.decision)) return verdict("missing-deps", "DS2", `the decision ${body.decision} is not in this chapter's decisions log`);
  return body;
}

/** DS3: a hide of a dissent — its body, or its verdict. */
function judgeHide(record: ParsedRecord, chapter: ChapterId, dissents: ReadonlyMap<RecordId, Dissent>, rosters: CausalRosters): HideBody | Verdict {
  const parsed = parseChatBody("hide", record.envelope.body);
  if (!parsed.ok) return verdict("malformed", "DS3", parsed.problem);
  const target = dissents.get(parsed.body.target);
  if (target === undefined) return verdict("missing-deps", "DS3", `the dissent ${parsed.body.target} is not a valid dissent of this log`);
  if (parsed.body.scope !== target.decision) return verdict("wrong-context", "DS3", `written for ${parsed.body.scope}, not for the dissent's decision ${target.decision}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "DS3", past);
  const moderator = moderatorProblem(rosters, record, chapter);
  if (moderator !== undefined) return verdict("ineligible-signer", "DS3", moderator);
  return parsed.body;
}

/**
 * Judges the `dissent` and `hide` records among `records` (a chapter's `decisions`; decisions and
 * other kinds are left out) for `chapter`: dissents against the decision records held there
 * (DS2), then hides against the valid dissents (DS3); the latest hide of each dissent counts
 * (CH10.2). `rosters` holds every record of the chapter's organisation. Never throws on content.
 */
export function judgeDissents(chapter: ChapterId, records: readonly ParsedRecord[], rosters: CausalRosters): DissentJudgement {
  const decisions = new Map(records.filter((record) => record.envelope.kind === "decision").map((record) => [record.id, record]));
  const verdicts = new Map<RecordId, Verdict>();
  const dissents = new Map<RecordId, Dissent>();
  for (const record of records.filter((entry) => entry.envelope.kind === "dissent").sort(byTime)) {
    const judged = judgeDissent(record, chapter, decisions, rosters);
    if ("status" in judged) {
      verdicts.set(record.id, judged);
      continue;
    }
    verdicts.set(record.id, VALID);
    dissents.set(record.id, { id: record.id, decision: judged.decision, author: record.envelope.signer, at: record.envelope.at, text: judged.text, hidden: null, ...(judged.current === undefined ? {} : { current: judged.current }) });
  }
  // The hides in display order: each later one replaces the earlier for its target (CH10.2).
  for (const record of records.filter((entry) => entry.envelope.kind === "hide").sort(byTime)) {
    const judged = judgeHide(record, chapter, dissents, rosters);
    if ("status" in judged) {
      verdicts.set(record.id, judged);
      continue;
    }
    verdicts.set(record.id, VALID);
    const target = dissents.get(judged.target)!;
    dissents.set(target.id, { ...target, hidden: judged.hidden ? { id: record.id, by: record.envelope.signer, at: record.envelope.at, reason: judged.reason } : null });
  }
  const byDecision = new Map<RecordId, Dissent[]>();
  for (const dissent of dissents.values()) byDecision.set(dissent.decision, [...(byDecision.get(dissent.decision) ?? []), dissent]);
  return { verdicts, byDecision };
}
