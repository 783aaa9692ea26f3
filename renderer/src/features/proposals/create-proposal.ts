import * as A from "@automerge/automerge";
import { PROPOSAL_DOCUMENT, createProposalDoc } from "@chapterhouse/crdt/documents";
import { depsWithFrontier } from "@chapterhouse/crdt/membership";
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, proposalDraft } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl, ProposalId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { memberDeps } from "./proposal-authority.js";
import { ProposalProblem } from "./proposal-problem.js";

/** What a member writes to start a proposal. */
export interface CreateProposalInput {
  readonly chapter: ChapterId;
  /** 1–200 characters (P2), trimmed. */
  readonly title: string;
  /** The first draft text (unsigned; may be empty). */
  readonly draft: string;
}

/** Where the new proposal lives. */
export interface CreatedProposal {
  readonly proposal: ProposalId;
  readonly document: DocumentUrl;
}

/**
 * Starts a proposal (PROTOCOL.md P2): a new Proposal document with the first draft text, announced
 * to the organisation's relays; its signed `proposal` record (member authority
 * over the chapter, citing the chapter's latest governance records) in that document's `origin`
 * and in the Chapter document's `proposals` index (P1.1), so the chapter page lists it.
 * @throws {Error} with a sentence for the member if the title is empty or too long, the draft too
 *   long, the chapter unknown here, the member not in it, or the identity locked.
 */
export async function createProposal(space: MemberSpace, organisation: OpenOrganisation, input: CreateProposalInput): Promise<CreatedProposal> {
  const title = input.title.trim();
  if (title === "") throw new ProposalProblem("needs-title", "Give the proposal a title.");
  if (title.length > MAX_TITLE_LENGTH)
    throw new ProposalProblem("title-too-long", `A title is at most ${MAX_TITLE_LENGTH} characters.`, { limit: MAX_TITLE_LENGTH });
  if (input.draft.length > MAX_TEXT_LENGTH)
    throw new ProposalProblem("too-long", `A proposal's text is at most ${MAX_TEXT_LENGTH.toLocaleString("en")} characters.`, { limit: MAX_TEXT_LENGTH });
  const view = await organisation.refresh();
  const chapter = view.roster.chapters.get(input.chapter);
  if (chapter === undefined || view.fold === undefined)
    throw new ProposalProblem("chapter-unknown", "This chapter is not known on this device yet.");
  const authority = memberDeps(view.roster, input.chapter, space.member.key, "start a proposal");

  const document = space.documents.create(PROPOSAL_DOCUMENT, A.save(createProposalDoc(input.draft)), organisation.url);
  const record = await space.signDraft(proposalDraft({ chapter: input.chapter, title, document }, depsWithFrontier(view.fold, input.chapter, [input.chapter, ...authority])));
  await space.documents.write(document, "origin", [record]);
  await space.documents.write(chapter.document, "proposals", [record]);
  return { proposal: record.id as ProposalId, document };
}
