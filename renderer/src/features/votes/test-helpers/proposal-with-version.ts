/**
 * A proposal with one signed version, made the way the proposal screens make them (PROTOCOL.md
 * P2, P3), for the vote tests: a new Proposal document with the creation record in `origin` and
 * in the chapter's index, and version 1 in `versions`.
 */
import * as A from "@automerge/automerge";
import { PROPOSAL_DOCUMENT, createProposalDoc } from "@chapterhouse/crdt/documents";
import { memberGrant } from "@chapterhouse/crdt/membership";
import { proposalDraft, versionDraft, type VersionOption } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl, ProposalId } from "@chapterhouse/crdt/records";
import type { MemberSpace } from "../../organisation/member-space.js";
import type { OpenOrganisation } from "../../organisation/open-organisation.js";

/**
 * Creates the proposal as the unlocked member of `space`.
 * @throws {Error} if the member is not in the chapter or the chapter is not known.
 */
export async function proposalWithVersion(
  space: MemberSpace,
  session: OpenOrganisation,
  chapter: ChapterId,
  content: { readonly title: string; readonly text: string; readonly options: readonly VersionOption[] },
): Promise<{ readonly proposal: ProposalId; readonly document: DocumentUrl }> {
  const view = await session.refresh();
  const grant = memberGrant(view.roster, chapter, space.member.key);
  const chapterDocument = view.roster.chapters.get(chapter)?.document;
  if (grant === undefined || chapterDocument === undefined) throw new Error("not a member of that chapter");
  const document = space.documents.create(PROPOSAL_DOCUMENT, A.save(createProposalDoc(content.text)), session.url);
  const creation = await space.signDraft(proposalDraft({ chapter, title: content.title, document }, [grant]));
  const proposal = creation.id as ProposalId;
  const version = await space.signDraft(versionDraft({ proposal, n: 1, text: content.text, options: content.options }, [grant]));
  await space.documents.write(document, "origin", [creation]);
  await space.documents.write(document, "versions", [version]);
  await space.documents.write(chapterDocument, "proposals", [creation]);
  return { proposal, document };
}
