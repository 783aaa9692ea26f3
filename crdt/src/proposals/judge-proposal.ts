/**
 * Judging the records of one proposal (PROTOCOL.md P): its creation record, versions, comments,
 * amendments and rejections, each in causal order against what was accepted before it and the
 * roster of its causal past. A pure function of the set of records given.
 */
import type { ProposalId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { causalOrder } from "./causal-order.js";
import type { CausalRosters } from "./causal-rosters.js";
import { contentHash } from "./content-hash.js";
import { isProposalKind } from "./kinds.js";
import {
  parseProposalBody,
  proposalNamedIds,
  type AmendmentBody,
  type AmendmentRejectBody,
  type CommentBody,
  type ProposalBody,
  type ProposalRecordBody,
  type VersionBody,
} from "./proposal-bodies.js";
import { VALID, verdict, type Verdict } from "./record-status.js";
import { authorOrFacilitatorProblem, memberProblem } from "./signer-authority.js";

/** An accepted record with its parsed body. */
export interface Accepted<B> {
  readonly record: ParsedRecord;
  readonly body: B;
}

/** An accepted version with the hash of its content (P3.2). */
export interface AcceptedVersion extends Accepted<VersionBody> {
  readonly textHash: string;
}

/** What the records of one proposal establish. */
export interface ProposalState {
  readonly id: ProposalId;
  /** The valid creation record, if held. */
  readonly proposal: Accepted<ProposalBody> | undefined;
  readonly versions: ReadonlyMap<RecordId, AcceptedVersion>;
  readonly comments: ReadonlyMap<RecordId, Accepted<CommentBody>>;
  readonly amendments: ReadonlyMap<RecordId, Accepted<AmendmentBody>>;
  readonly rejects: ReadonlyMap<RecordId, Accepted<AmendmentRejectBody>>;
  /** A verdict for every record given. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
}

/** What judging needs besides the records. */
export interface ProposalContext {
  readonly rosters: CausalRosters;
  /**
   * Why the record is not found in a document that is its context (P1.4), or undefined. Omitted:
   * every place is right (e.g. records read from the proposal's own document).
   */
  readonly placeProblem?: (record: ParsedRecord, proposal: Accepted<ProposalBody>) => string | undefined;
}

interface MutableState {
  proposal: Accepted<ProposalBody> | undefined;
  readonly versions: Map<RecordId, AcceptedVersion>;
  readonly comments: Map<RecordId, Accepted<CommentBody>>;
  readonly amendments: Map<RecordId, Accepted<AmendmentBody>>;
  readonly rejects: Map<RecordId, Accepted<AmendmentRejectBody>>;
}

/**
 * Judges the records of proposal `id` (P1–P6). Records of other kinds are refused `malformed`;
 * records of another proposal `wrong-context`. Never throws on record content.
 */
export function judgeProposal(id: ProposalId, records: Iterable<ParsedRecord>, context: ProposalContext): ProposalState {
  const state: MutableState = { proposal: undefined, versions: new Map(), comments: new Map(), amendments: new Map(), rejects: new Map() };
  const verdicts = new Map<RecordId, Verdict>();
  for (const record of causalOrder(records)) {
    const judged = judgeOne(id, record, state, context);
    verdicts.set(record.id, judged.verdict);
    if (judged.body !== undefined) accept(state, record, judged.body);
  }
  return { id, ...state, verdicts };
}

function accept(state: MutableState, record: ParsedRecord, body: ProposalRecordBody): void {
  switch (body.kind) {
    case "proposal":
      state.proposal = { record, body };
      return;
    case "version":
      state.versions.set(record.id, { record, body, textHash: contentHash(body) });
      return;
    case "comment":
      state.comments.set(record.id, { record, body });
      return;
    case "amendment":
      state.amendments.set(record.id, { record, body });
      return;
    case "amendment-reject":
      state.rejects.set(record.id, { record, body });
      return;
  }
}

type Judged = { readonly verdict: Verdict; readonly body?: ProposalRecordBody };

function judgeOne(id: ProposalId, record: ParsedRecord, state: MutableState, context: ProposalContext): Judged {
  const { kind, body: raw, deps } = record.envelope;
  if (!isProposalKind(kind)) return { verdict: verdict("malformed", "P1.1", `${kind} is not a proposal kind`) };
  const parsed = parseProposalBody(kind, raw);
  if (!parsed.ok) return { verdict: verdict("malformed", "P1.1", parsed.problem) };
  const body = parsed.body;
  const unnamed = proposalNamedIds(body).filter((named) => !deps.includes(named));
  if (unnamed.length > 0) return { verdict: verdict("malformed", "P1.2", `the body names ${unnamed.join(", ")} but deps do not`) };
  const past = context.rosters.pastProblem(record);
  if (past !== undefined) return { verdict: verdict("missing-deps", "P1.3", past) };

  const proposalId = body.kind === "proposal" ? record.id : body.proposal;
  if (proposalId !== id) return { verdict: verdict("wrong-context", "P1.4", `belongs to proposal ${proposalId}, not ${id}`) };
  const proposal = body.kind === "proposal" ? { record, body } : state.proposal;
  if (proposal === undefined) return { verdict: verdict("wrong-context", "P1.4", `proposal ${id} is not valid here`) };
  const misplaced = context.placeProblem?.(record, proposal);
  if (misplaced !== undefined) return { verdict: verdict("wrong-context", "P1.4", misplaced) };

  const refusal = kindProblem(body, record, state, context, proposal);
  return refusal === undefined ? { verdict: VALID, body } : { verdict: refusal };
}

function kindProblem(
  body: ProposalRecordBody,
  record: ParsedRecord,
  state: MutableState,
  { rosters }: ProposalContext,
  proposal: Accepted<ProposalBody>,
): Verdict | undefined {
  const chapter = proposal.body.chapter;
  const author = proposal.record.envelope.signer;
  const refuse = (status: Verdict["status"], rule: string, problem: string | undefined) =>
    problem === undefined ? undefined : verdict(status, rule, problem);
  switch (body.kind) {
    case "proposal":
      return refuse("ineligible-signer", "P2.1", memberProblem(rosters, record, chapter));
    case "version": {
      const authority = refuse("ineligible-signer", "P3.1", authorOrFacilitatorProblem(rosters, record, chapter, author));
      if (authority !== undefined) return authority;
      const unknown = body.accepts.filter((amendment) => !state.amendments.has(amendment));
      return refuse("wrong-context", "P3.3", unknown.length === 0 ? undefined : `accepts ${unknown.join(", ")}, not valid amendments of this proposal`);
    }
    case "comment": {
      if (body.version !== null && !state.versions.has(body.version))
        return verdict("wrong-context", "P4.1", `version ${body.version} is not a valid version of this proposal`);
      if (body.replyTo !== null && !state.comments.has(body.replyTo))
        return verdict("wrong-context", "P4.1", `replyTo ${body.replyTo} is not a valid comment of this proposal`);
      return refuse("ineligible-signer", "P4.2", memberProblem(rosters, record, chapter));
    }
    case "amendment": {
      const version = state.versions.get(body.version);
      if (version === undefined) return verdict("wrong-context", "P5.1", `version ${body.version} is not a valid version of this proposal`);
      const change = body.change;
      if (change.type === "option" && version.body.options.some((option) => option.id === change.option.id))
        return verdict("malformed", "P5.1", `option ${change.option.id} is already an option of the version`);
      return refuse("ineligible-signer", "P5.3", memberProblem(rosters, record, chapter));
    }
    case "amendment-reject": {
      if (!state.amendments.has(body.amendment))
        return verdict("wrong-context", "P6.1", `amendment ${body.amendment} is not a valid amendment of this proposal`);
      return refuse("ineligible-signer", "P6.1", authorOrFacilitatorProblem(rosters, record, chapter, author));
    }
  }
}
