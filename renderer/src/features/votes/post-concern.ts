/**
 * The concern of a "consent with concerns" ballot, posted as what it is: a signed comment (PROTOCOL.md
 * P4) on the proposal, naming the version the vote is on. A ballot's choice is the word `concern` alone
 * (T1.1), so the text cannot travel in the ballot; as a comment it is deliberation everyone reads on
 * the proposal, signed by the member, and takes no part in the tally (T9).
 */
import { memberGrant } from "@chapterhouse/crdt/membership";
import { commentDraft, parseProposalBody } from "@chapterhouse/crdt/proposals";
import type { RecordId } from "@chapterhouse/crdt/records";
import type { OpenSummary } from "@chapterhouse/crdt/report";
import type { OpenVotes } from "./open-votes.js";
import type { VoteSigner } from "./vote-signer.js";
import { VoteProblem } from "./vote-problem.js";

/**
 * Signs the comment and writes it into the Proposal document; resolves with its id.
 * @throws {VoteProblem} if the text is empty or too long (P4), or the member is not in the chapter
 *   or a chapter below it (P4.2, member authority); whatever signing or writing throws.
 */
export async function postConcern(signer: VoteSigner, votes: OpenVotes, open: OpenSummary, text: string): Promise<RecordId> {
  const { proposal, version, chapter } = open.body;
  const grant = memberGrant(votes.organisation.view.get().roster, chapter, signer.key);
  if (grant === undefined) throw new VoteProblem("not-member", "Only members of the chapter or a chapter below it can post a concern.");
  const draft = commentDraft({ proposal, version, text, replyTo: null }, [grant]);
  const parsed = parseProposalBody("comment", draft.body);
  if (!parsed.ok) throw new VoteProblem("cannot-post-concern", `This concern cannot be posted: ${parsed.problem}.`, { detail: parsed.problem });
  const record = await signer.sign(draft);
  await votes.documents.write(votes.proposalUrl, "comments", [record]);
  return record.id;
}
