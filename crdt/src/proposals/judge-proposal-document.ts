/**
 * A proposal's own document judged (PROTOCOL.md P1–P6, V2): the authorisation step of its
 * Proposal document (D3.8), which accepts the records the P rules and the opens' rules (V2) accept,
 * and what the proposal page shows of them (`describeProposal`). The creation record counts when
 * found only in its chapter's index (P1.4); every other record must be found in the document the
 * creation record names.
 */
import type { Authorisation } from "../chokepoint/read-document.js";
import type { DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { judgeOpens } from "../votes/judge-opens.js";
import type { CausalRosters } from "./causal-rosters.js";
import { describeProposal, type ProposalOutcome } from "./describe-proposal.js";
import { judgeProposal } from "./judge-proposal.js";

/** What judging a Proposal document needs beyond its records. */
export interface ProposalDocumentContext {
  /** The rosters of every record's causal past, over every record held (P1.3). */
  readonly rosters: CausalRosters;
  /** Every signature-valid record held, by id (to find a creation record held only in its chapter's index). */
  readonly held: ReadonlyMap<RecordId, ParsedRecord>;
  /** True when the record is found in the document at `url` (P1.4, V1.4). */
  readonly inDocument: (id: RecordId) => boolean;
}

/** The Proposal document of `id` at `url` being judged: its authorisation step, and what it established once run. */
export interface ProposalDocumentJudgement {
  readonly authorise: (records: readonly ParsedRecord[]) => Authorisation;
  /** Undefined until `authorise` ran. */
  outcome(): ProposalOutcome | undefined;
}

/** Judges the Proposal document of `id` held at `url`. Never throws on record content. */
export function judgeProposalDocument(id: ProposalId, url: DocumentUrl, context: ProposalDocumentContext): ProposalDocumentJudgement {
  let outcome: ProposalOutcome | undefined;
  const here = (record: ParsedRecord) => record.id === id || context.inDocument(record.id);
  const authorise = (records: readonly ParsedRecord[]): Authorisation => {
    const creation = context.held.get(id);
    const own = creation === undefined || records.some((r) => r.id === id) ? [...records] : [...records, creation];
    const state = judgeProposal(
      id,
      own.filter((r) => r.envelope.kind !== "open" && r.envelope.kind !== "close"),
      {
        rosters: context.rosters,
        placeProblem: (record, proposal) =>
          proposal.body.document !== url ? `the proposal's document is ${proposal.body.document}, not ${url}` : here(record) ? undefined : `not found in the proposal's document ${url}`,
      },
    );
    const opens = judgeOpens(
      own.filter((r) => r.envelope.kind === "open"),
      { rosters: context.rosters, proposal: state, placeProblem: (record) => (here(record) ? undefined : `not found in the proposal's document ${url}`) },
    );
    outcome = describeProposal(state, opens, own, url);
    return { accepted: own.filter((r) => state.verdicts.get(r.id)?.status === "valid" || opens.valid.has(r.id)), rejections: [] };
  };
  return { authorise, outcome: () => outcome };
}
