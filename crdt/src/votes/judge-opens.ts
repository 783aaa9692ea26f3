/**
 * Judging the opens of one proposal (PROTOCOL.md V2): each open in causal order, then which one is
 * current, which are superseded and which are contested (V2.8).
 */
import type { RecordId } from "../records/ids.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { causalOrder } from "../proposals/causal-order.js";
import { amendedContent, contentHash } from "../proposals/content-hash.js";
import type { Accepted, ProposalState } from "../proposals/judge-proposal.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { authorOrFacilitatorProblem } from "../proposals/signer-authority.js";
import type { ParsedRecord } from "../records/record.js";
import { tally } from "../tally/tally.js";
import { TallyInputError } from "../tally/tally-input-error.js";
import type { OptionId, Rule, TallyInput } from "../tally/types.js";
import { parseVoteBody, voteNamedIds, type OpenBody } from "./vote-bodies.js";

/** What the opens of a proposal establish. */
export interface OpenJudgement {
  /** A verdict for every record given. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** Every open that passed V2.1–V2.7, current or not. */
  readonly valid: ReadonlyMap<RecordId, Accepted<OpenBody>>;
  /** The one valid open no valid open supersedes, if there is exactly one (V2.8). */
  readonly current: RecordId | undefined;
  /** The valid opens no valid open supersedes, when there are several (V2.8), sorted. */
  readonly contested: readonly RecordId[];
}

/** What judging opens needs. */
export interface OpenContext {
  readonly rosters: CausalRosters;
  readonly proposal: ProposalState;
  /** Why the record is not in a document that is its context (V1.4), or undefined. */
  readonly placeProblem?: (record: ParsedRecord) => string | undefined;
}

/** The rule an open's tally runs (V2.3): the open's rule with its quorum, if any. Never throws. */
export function tallyRule(open: OpenBody): Rule {
  return (open.quorum === null ? { ...open.rule } : { ...open.rule, quorum: open.quorum }) as unknown as Rule;
}

/** Why the tally refuses the open's rule, quorum and options (V2.3), or undefined. Never throws on content. */
function ruleProblem(open: OpenBody): string | undefined {
  const probe: TallyInput = { rule: tallyRule(open), options: open.options as readonly OptionId[], electorate: [{ member: "-" as never, weight: 1 }], ballots: [] };
  try {
    tally(probe);
    return undefined;
  } catch (error) {
    if (error instanceof TallyInputError) return error.message;
    throw error;
  }
}

/** Judges the opens of `context.proposal` (V2). Never throws on record content. */
export function judgeOpens(records: Iterable<ParsedRecord>, context: OpenContext): OpenJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const valid = new Map<RecordId, Accepted<OpenBody>>();
  for (const record of causalOrder(records)) {
    const judged = judgeOpen(record, context, valid);
    if (typeof judged === "object" && "kind" in judged) {
      verdicts.set(record.id, VALID);
      valid.set(record.id, { record, body: judged });
    } else {
      verdicts.set(record.id, judged);
    }
  }
  // V2.8: the valid opens that no valid open supersedes.
  const supersededBy = new Map<RecordId, RecordId>();
  for (const [id, open] of [...valid].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const old of open.body.supersedes) if (!supersededBy.has(old)) supersededBy.set(old, id);
  }
  const maximal = [...valid.keys()].filter((id) => !supersededBy.has(id)).sort();
  for (const [old, by] of supersededBy) verdicts.set(old, verdict("superseded", "V2.8", `superseded by open ${by}`));
  if (maximal.length > 1) {
    for (const id of maximal) {
      const others = maximal.filter((other) => other !== id).join(", ");
      verdicts.set(id, verdict("contested", "V2.8", `concurrent with open ${others}; no valid open supersedes them all`));
    }
  }
  return { verdicts, valid, current: maximal.length === 1 ? maximal[0] : undefined, contested: maximal.length > 1 ? maximal : [] };
}

/** The open's body when it passes V2.1–V2.7, else its verdict. */
function judgeOpen(record: ParsedRecord, context: OpenContext, valid: ReadonlyMap<RecordId, Accepted<OpenBody>>): Verdict | OpenBody {
  const { kind, body: raw, deps, at } = record.envelope;
  if (kind !== "open") return verdict("malformed", "V1.1", `${kind} is not an open`);
  const parsed = parseVoteBody("open", raw);
  if (!parsed.ok) return verdict("malformed", "V1.1", parsed.problem);
  const body = parsed.body as OpenBody;
  const unnamed = voteNamedIds(body).filter((id) => !deps.includes(id));
  if (unnamed.length > 0) return verdict("malformed", "V1.2", `the body names ${unnamed.join(", ")} but deps do not`);
  const past = context.rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "V1.3", past);

  const state = context.proposal;
  if (body.proposal !== state.id) return verdict("wrong-context", "V2.1", `opens a vote on proposal ${body.proposal}, not ${state.id}`);
  const proposal = state.proposal;
  if (proposal === undefined) return verdict("wrong-context", "V2.1", `proposal ${state.id} is not valid here`);
  if (body.chapter !== proposal.body.chapter) return verdict("wrong-context", "V2.1", `chapter ${body.chapter} is not the proposal's chapter ${proposal.body.chapter}`);
  const version = state.versions.get(body.version);
  if (version === undefined) return verdict("wrong-context", "V2.1", `version ${body.version} is not a valid version of the proposal`);
  let content = version.body as { text: string; options: readonly { id: string; label: string }[] };
  if (body.amendment !== null) {
    const amendment = state.amendments.get(body.amendment);
    if (amendment === undefined || amendment.body.version !== body.version)
      return verdict("wrong-context", "V2.1", `amendment ${body.amendment} is not a valid amendment of version ${body.version}`);
    content = amendedContent(content, amendment.body.change);
  }
  const misplaced = context.placeProblem?.(record);
  if (misplaced !== undefined) return verdict("wrong-context", "V1.4", misplaced);
  if (body.textHash !== contentHash(content)) return verdict("wrong-context", "V2.2", "textHash is not the hash of the text and options voted on");
  const options = body.amendment === null ? content.options.map((option) => option.id) : [];
  if (options.length !== body.options.length || options.some((id, i) => id !== body.options[i]))
    return verdict("wrong-context", "V2.2", `options must be ${JSON.stringify(options)}`);
  const bad = ruleProblem(body);
  if (bad !== undefined) return verdict("malformed", "V2.3", bad);
  if (at > body.closesAt) return verdict("malformed", "V2.4", "the open's time is after its closesAt");
  const authority = authorOrFacilitatorProblem(context.rosters, record, proposal.body.chapter, proposal.record.envelope.signer);
  if (authority !== undefined) return verdict("ineligible-signer", "V2.6", authority);
  const unknown = body.supersedes.filter((id) => !valid.has(id));
  if (unknown.length > 0) return verdict("wrong-context", "V2.7", `supersedes ${unknown.join(", ")}, not valid opens of this proposal`);
  return body;
}
