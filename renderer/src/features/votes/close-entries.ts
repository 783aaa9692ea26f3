/**
 * The close records (PROTOCOL.md V5) of an open as a Proposal document holds them: structure only
 * (parsed, R3-consistent id, a close body naming that open). A close is judged with the ballots it
 * counts, which live in the ballot boxes; notifications do not read those, so they take a close
 * only where the chapter's index shows the proposal closed (P8: noted by a member whose device
 * checked the close with its whole vote).
 */
import { isParsed, parseRecord, type MemberKey, type RecordId } from "@chapterhouse/crdt/records";
import type { VoteBundleDocument } from "@chapterhouse/crdt/report";
import { parseVoteBody, type CloseBody } from "@chapterhouse/crdt/votes";

/** One close record as found. */
export interface CloseEntry {
  readonly id: RecordId;
  readonly signer: MemberKey;
  readonly at: number;
}

/** The close records of `open` in a Proposal document (its bundle form), by id. Never throws. */
export function closeEntries(proposal: VoteBundleDocument, open: RecordId): CloseEntry[] {
  const out: CloseEntry[] = [];
  for (const [key, text] of Object.entries(proposal.records["votes"] ?? {})) {
    const parsed = parseRecord(text);
    if (!isParsed(parsed) || parsed.id !== key || parsed.envelope.kind !== "close") continue;
    const body = parseVoteBody("close", parsed.envelope.body);
    if (!body.ok || (body.body as CloseBody).open !== open) continue;
    out.push({ id: parsed.id, signer: parsed.envelope.signer, at: parsed.envelope.at });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
