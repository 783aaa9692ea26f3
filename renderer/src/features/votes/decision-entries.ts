/**
 * The entries of a chapter's decisions log (PROTOCOL.md V7: Chapter `decisions`) as its document
 * holds them, each with its proposal's title and document from the chapter's proposal index. Only
 * the structure is read here; each entry is verified with its whole vote (`readVote`) before the
 * log calls it a decision.
 */
import { parseProposalBody, type ProposalBody } from "@chapterhouse/crdt/proposals";
import {
  isParsed,
  parseRecord,
  type DocumentUrl,
  type MemberKey,
  type ProposalId,
  type RecordId,
} from "@chapterhouse/crdt/records";
import type { VoteBundleDocument } from "@chapterhouse/crdt/report";
import type { TallyResult } from "@chapterhouse/crdt/tally";
import { parseVoteBody, type DecisionBody } from "@chapterhouse/crdt/votes";

/** One decision record as found. */
export interface DecisionEntry {
  readonly id: RecordId;
  readonly proposal: ProposalId;
  readonly open: RecordId;
  readonly close: RecordId;
  readonly signer: MemberKey;
  readonly at: number;
  /** The sealed result it records (T17), as claimed until verified. */
  readonly result: TallyResult;
  /** From the chapter's proposal index; null if the index does not list the proposal. */
  readonly title: string | null;
  readonly proposalDocument: DocumentUrl | null;
}

/** The decision records of a Chapter document (its bundle form), newest first. Never throws. */
export function decisionEntries(chapter: VoteBundleDocument): DecisionEntry[] {
  const proposals = chapter.records["proposals"] ?? {};
  const out: DecisionEntry[] = [];
  for (const [key, text] of Object.entries(chapter.records["decisions"] ?? {})) {
    const parsed = parseRecord(text);
    if (!isParsed(parsed) || parsed.id !== key || parsed.envelope.kind !== "decision") continue;
    const body = parseVoteBody("decision", parsed.envelope.body);
    if (!body.ok) continue;
    const decision = body.body as DecisionBody;
    const creationText = proposals[decision.proposal];
    const creation = creationText === undefined ? undefined : parseRecord(creationText);
    const proposal = creation !== undefined && isParsed(creation) ? parseProposalBody("proposal", creation.envelope.body) : undefined;
    const about = proposal?.ok === true ? (proposal.body as ProposalBody) : undefined;
    out.push({
      id: parsed.id,
      proposal: decision.proposal,
      open: decision.open,
      close: decision.close,
      signer: parsed.envelope.signer,
      at: parsed.envelope.at,
      result: decision.result as unknown as TallyResult,
      title: about?.title ?? null,
      proposalDocument: about?.document ?? null,
    });
  }
  return out.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
}
