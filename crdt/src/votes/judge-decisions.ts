/**
 * Judging the decision records of one vote (PROTOCOL.md V7): a facilitator enters the final result
 * in the chapter's decisions log once the vote is final.
 */
import { canonicalize } from "../records/canonical.js";
import type { RecordId } from "../records/ids.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { Accepted } from "../proposals/judge-proposal.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { facilitatorProblem } from "../proposals/signer-authority.js";
import type { ParsedRecord } from "../records/record.js";
import type { CloseJudgement } from "./judge-closes.js";
import { parseVoteBody, voteNamedIds, type DecisionBody, type OpenBody } from "./vote-bodies.js";

/** What judging decisions needs. */
export interface DecisionContext {
  readonly rosters: CausalRosters;
  readonly openId: RecordId;
  /** The vote's open, if valid (V2). */
  readonly open: Accepted<OpenBody> | undefined;
  /** True when that open is the proposal's current open (V2.8). */
  readonly openIsCurrent: boolean;
  /** The vote's closes, if the open is valid. */
  readonly closes: CloseJudgement | undefined;
  /** Why the decision is not in the deciding chapter's document (V1.4), or undefined. */
  readonly placeProblem?: (record: ParsedRecord) => string | undefined;
}

/** Judges decision records of the vote (V7): a verdict for each. Never throws on record content. */
export function judgeDecisions(records: Iterable<ParsedRecord>, context: DecisionContext): Map<RecordId, Verdict> {
  const verdicts = new Map<RecordId, Verdict>();
  for (const record of records) verdicts.set(record.id, judgeDecision(record, context));
  return verdicts;
}

function judgeDecision(record: ParsedRecord, context: DecisionContext): Verdict {
  const { kind, body: raw, deps, at } = record.envelope;
  if (kind !== "decision") return verdict("malformed", "V1.1", `${kind} is not a decision`);
  const parsed = parseVoteBody("decision", raw);
  if (!parsed.ok) return verdict("malformed", "V7.1", parsed.problem);
  const body = parsed.body as DecisionBody;
  const unnamed = voteNamedIds(body).filter((id) => !deps.includes(id));
  if (unnamed.length > 0) return verdict("malformed", "V1.2", `the body names ${unnamed.join(", ")} but deps do not`);
  const past = context.rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "V1.3", past);
  if (body.open !== context.openId) return verdict("wrong-context", "V7.1", `records open ${body.open}, not this vote's open ${context.openId}`);
  const open = context.open;
  if (open === undefined) return verdict("wrong-context", "V7.1", `open ${context.openId} is not a valid open`);
  if (body.proposal !== open.body.proposal || body.chapter !== open.body.chapter)
    return verdict("wrong-context", "V7.1", "its chapter or proposal is not the open's");
  const misplaced = context.placeProblem?.(record);
  if (misplaced !== undefined) return verdict("wrong-context", "V1.4", misplaced);
  if (at < open.body.finalAt) return verdict("too-early", "V7.2", "made before the vote's finality time");
  const authority = facilitatorProblem(context.rosters, record, open.body.chapter);
  if (authority !== undefined) return verdict("ineligible-signer", "V7.3", authority);
  if (!context.openIsCurrent) return verdict("wrong-context", "V7.4", "its open is not the proposal's current open");
  const current = context.closes?.current;
  if (current === undefined || body.close !== current) return verdict("wrong-context", "V7.4", `close ${body.close} is not the vote's current close`);
  const close = context.closes!.valid.get(current)!;
  if (!close.matches || canonicalize(body.result) !== canonicalize(close.body.result))
    return verdict("wrong-result", "V7.5", "its result is not the verified result of its close");
  return VALID;
}
