/**
 * The delegation records of a chapter's document (PROTOCOL.md DG1.1: Chapter `delegations`) as it
 * holds them, for showing who a member chose and who chose them. Only the structure is read here:
 * what a vote counts is judged with its whole bundle (DG2–DG4) when the vote is verified.
 */
import { parseDelegationBody, type DelegateBody, type DelegationScope } from "@chapterhouse/crdt/delegation";
import { isObject, isParsed, parseRecord, type MemberKey, type ProposalId, type RecordId } from "@chapterhouse/crdt/records";
import type { VoteBundleDocument } from "@chapterhouse/crdt/report";

/** One `delegate` record as found. */
export interface DelegationEntry {
  readonly id: RecordId;
  readonly signer: MemberKey;
  readonly scope: DelegationScope;
  readonly to: MemberKey | null;
  readonly seq: number;
  readonly expires: number | null;
  readonly at: number;
}

/** A proposal of the chapter, for choosing a delegate for its votes alone (DG1.1 `{ proposal }`). */
export interface ChapterProposal {
  readonly id: ProposalId;
  readonly title: string;
}

/** What the Delegation tab reads of a Chapter document. */
export interface ChapterDelegationRecords {
  readonly entries: readonly DelegationEntry[];
  /** The proposal creation records listed in its `proposals`, by title. */
  readonly proposals: readonly ChapterProposal[];
}

/** The proposals a Chapter document (its bundle form) lists, by title then id: structure only, as the chapter's list shows them. Never throws. */
export function chapterProposals(chapter: VoteBundleDocument): ChapterProposal[] {
  const out: ChapterProposal[] = [];
  for (const [key, text] of Object.entries(chapter.records["proposals"] ?? {})) {
    const parsed = parseRecord(text);
    if (!isParsed(parsed) || parsed.id !== key || parsed.envelope.kind !== "proposal") continue;
    const title = isObject(parsed.envelope.body) ? parsed.envelope.body["title"] : undefined;
    if (typeof title === "string") out.push({ id: parsed.id as ProposalId, title });
  }
  return out.sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));
}

/** The `delegate` records of a Chapter document (its bundle form), by id. Never throws. */
export function delegationEntries(chapter: VoteBundleDocument): DelegationEntry[] {
  const out: DelegationEntry[] = [];
  for (const [key, text] of Object.entries(chapter.records["delegations"] ?? {})) {
    const parsed = parseRecord(text);
    if (!isParsed(parsed) || parsed.id !== key || parsed.envelope.kind !== "delegate") continue;
    const body = parseDelegationBody("delegate", parsed.envelope.body);
    if (!body.ok) continue;
    const { scope, to, seq, expires } = body.body as DelegateBody;
    out.push({
      id: parsed.id,
      signer: parsed.envelope.signer,
      scope,
      to,
      seq,
      expires,
      at: parsed.envelope.at,
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
