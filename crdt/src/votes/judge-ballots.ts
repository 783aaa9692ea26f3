/**
 * Judging the ballots of one vote (PROTOCOL.md V4): which are eligible, and which eligible ballot
 * is each member's current one (V4.8: the highest `seq`; of equal highest `seq`, the smallest id,
 * all of them flagged as conflicting).
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { Accepted } from "../proposals/judge-proposal.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import type { ParsedRecord } from "../records/record.js";
import type { ChoiceCheck } from "./choice-check.js";
import { parseVoteBody, voteNamedIds, type BallotBody, type OpenBody } from "./vote-bodies.js";

/** What judging ballots needs. */
export interface BallotContext {
  readonly rosters: CausalRosters;
  /** The vote's open id. */
  readonly openId: RecordId;
  /** That open, if it is valid (V2); otherwise every ballot is refused. */
  readonly open: Accepted<OpenBody> | undefined;
  /** The open's electorate (V3): member → weight. */
  readonly electorate: ReadonlyMap<MemberKey, number>;
  readonly choiceCheck: ChoiceCheck;
  /** True if the ballot was found in a ballot box of the open (V4.3). Omitted: always. */
  readonly inBox?: (record: ParsedRecord) => boolean;
}

/** What the ballots establish. */
export interface BallotJudgement {
  /** A verdict for every record given: eligible ones are `valid`, `superseded-seq` or `conflicting-seq`. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** Ballots that pass V4.1–V4.7. */
  readonly eligible: ReadonlyMap<RecordId, Accepted<BallotBody>>;
  /** Each voting member's current ballot (V4.8). */
  readonly current: ReadonlyMap<MemberKey, RecordId>;
}

/** Judges ballots for the vote `context.openId` (V4). Never throws on record content. */
export function judgeBallots(records: Iterable<ParsedRecord>, context: BallotContext): BallotJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const eligible = new Map<RecordId, Accepted<BallotBody>>();
  const byMember = new Map<MemberKey, Accepted<BallotBody>[]>();
  for (const record of records) {
    if (verdicts.has(record.id)) continue;
    const judged = judgeBallot(record, context);
    if ("kind" in judged) {
      const accepted = { record, body: judged };
      eligible.set(record.id, accepted);
      verdicts.set(record.id, VALID);
      const list = byMember.get(record.envelope.signer);
      if (list === undefined) byMember.set(record.envelope.signer, [accepted]);
      else list.push(accepted);
    } else {
      verdicts.set(record.id, judged);
    }
  }
  // V4.8: per member, the highest seq counts; of several with it, the smallest id, all flagged.
  const current = new Map<MemberKey, RecordId>();
  for (const [member, ballots] of byMember) {
    ballots.sort((a, b) => b.body.seq - a.body.seq || (a.record.id < b.record.id ? -1 : 1));
    const top = ballots[0]!;
    current.set(member, top.record.id);
    const tied = ballots.filter((ballot) => ballot.body.seq === top.body.seq);
    for (const ballot of ballots) {
      if (ballot.body.seq < top.body.seq) {
        verdicts.set(ballot.record.id, verdict("superseded-seq", "V4.8", `ballot ${top.record.id} of the same member has a higher seq`));
      } else if (tied.length > 1) {
        const others = tied.filter((other) => other !== ballot).map((other) => other.record.id).join(", ");
        const counts = ballot === top ? "this one, the smallest id, counts" : `${top.record.id}, the smallest id, counts`;
        verdicts.set(ballot.record.id, verdict("conflicting-seq", "V4.8", `same seq ${ballot.body.seq} as ${others}; ${counts}`));
      }
    }
  }
  return { verdicts, eligible, current };
}

/** The ballot's body when it is eligible (V4.1–V4.7), else its verdict. */
function judgeBallot(record: ParsedRecord, context: BallotContext): Verdict | BallotBody {
  const { kind, body: raw, deps, signer, at } = record.envelope;
  if (kind !== "ballot") return verdict("malformed", "V1.1", `${kind} is not a ballot`);
  const parsed = parseVoteBody("ballot", raw);
  if (!parsed.ok) return verdict("malformed", "V4.1", parsed.problem);
  const body = parsed.body as BallotBody;
  const unnamed = voteNamedIds(body).filter((id) => !deps.includes(id));
  if (unnamed.length > 0) return verdict("malformed", "V1.2", `the body names ${unnamed.join(", ")} but deps do not`);
  const past = context.rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "V1.3", past);
  if (body.open !== context.openId) return verdict("wrong-context", "V4.2", `answers open ${body.open}, not this vote's open ${context.openId}`);
  const open = context.open;
  if (open === undefined) return verdict("wrong-context", "V4.2", `open ${context.openId} is not a valid open`);
  for (const member of ["chapter", "proposal", "textHash"] as const) {
    if (body[member] !== open.body[member]) return verdict("wrong-context", "V4.2", `${member} ${body[member]} is not the open's ${open.body[member]}`);
  }
  if (context.inBox !== undefined && !context.inBox(record)) return verdict("wrong-context", "V4.3", "found in no ballot box of this vote");
  if (!context.electorate.has(signer)) return verdict("ineligible-signer", "V4.4", "the signer is not in the vote's electorate");
  const misfit = context.choiceCheck(body.choice);
  if (misfit !== undefined) return verdict("malformed", "V4.5", misfit);
  if (at >= open.body.finalAt) return verdict("after-finality", "V4.7", "cast at or after the vote's finality time");
  return body;
}
