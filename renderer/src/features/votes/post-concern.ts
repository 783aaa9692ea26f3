/**
 * The concern of a "consent with concerns" ballot, posted as what it is: a signed comment (PROTOCOL.md
 * P4) on the proposal, naming the version the vote is on. A ballot's choice is the word `concern` alone
 * (T1.1), so the text cannot travel in the ballot; as a comment it is deliberation everyone reads on
 * the proposal, signed by the member, and takes no part in the tally (T9).
 */
import { commentDraft, parseProposalBody, type OpenSummary, type RecordId } from "@chapterhouse/crdt";
import { memberDeps } from "../proposals/index.js";
import type { OpenVotes } from "./open-votes.js";
import type { VoteSigner } from "./vote-signer.js";

/**
 * Signs the comment and writes it into the Proposal document; resolves with its id.
 * @throws {Error} with a sentence for the member if the text is empty or too long (P4), or the
 *   member is not in the chapter (P4.2); whatever signing or writing throws.
 */
export async function postConcern(signer: VoteSigner, votes: OpenVotes, open: OpenSummary, text: string): Promise<RecordId> {
  const { proposal, version, chapter } = open.body;
  const draft = commentDraft({ proposal, version, text, replyTo: null }, memberDeps(votes.organisation.view.get().roster, chapter, signer.key, "comment"));
  const parsed = parseProposalBody("comment", draft.body);
  if (!parsed.ok) throw new Error(`This concern cannot be posted: ${parsed.problem}.`);
  const record = await signer.sign(draft);
  await votes.documents.write(votes.proposalUrl, "comments", [record]);
  return record.id;
}
