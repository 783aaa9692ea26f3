/**
 * The concern of a "consent with concerns" ballot, posted as what it is: a signed comment (PROTOCOL.md
 * P4) on the proposal, naming the version the vote is on. A ballot's choice is the word `concern` alone
 * (T1.1), so the text cannot travel in the ballot; as a comment it is deliberation everyone reads on
 * the proposal, signed by the member, and takes no part in the tally (T9).
 */
import { parseProposalBody, type RecordId } from "@chapterhouse/crdt";
import { memberDeps } from "../proposals/index.js";
import type { ProposalVotes } from "./proposal-votes.js";
import type { VoteSigner } from "./vote-signer.js";
import type { OpenSummary } from "./vote-reading.js";

/**
 * Signs the comment and writes it into the Proposal document; resolves with its id.
 * @throws {Error} with a sentence for the member if the text is empty or too long (P4), or the
 *   member is not in the chapter (P4.2); whatever signing or writing throws.
 */
export async function postConcern(
  signer: VoteSigner,
  votes: ProposalVotes,
  open: OpenSummary,
  text: string,
): Promise<RecordId> {
  const { proposal, version, chapter } = open.body;
  const body = { proposal, version, text, replyTo: null };
  const parsed = parseProposalBody("comment", body);
  if (!parsed.ok) throw new Error(`This concern cannot be posted: ${parsed.problem}.`);
  const authority = memberDeps(votes.organisation.view.get().roster, chapter, signer.key, "comment");
  const record = await signer.sign("comment", body, [...new Set([proposal, version, ...authority])].sort());
  await votes.write(votes.proposalUrl, "comments", [record]);
  return record.id;
}
