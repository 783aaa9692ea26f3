/**
 * A proposal with one signed version, made the way the proposal screens make them (PROTOCOL.md
 * P2, P3), for the vote tests: a new Proposal document with the creation record in `origin` and
 * in the chapter's index, and version 1 in `versions`.
 */
import * as A from "@automerge/automerge";
import { addRecord, createProposalDoc, type ChapterId, type DocumentUrl, type ProposalDoc, type ProposalId, type VersionOption } from "@chapterhouse/crdt";
import { documentUrlOf } from "../../../shared/documents/document-ids.js";
import { memberGrant } from "../../organisation/authority-deps.js";
import type { MemberSpace } from "../../organisation/member-space.js";
import type { OrganisationSession } from "../../organisation/organisation-session.js";

/**
 * Creates the proposal as the unlocked member of `space`.
 * @throws {Error} if the member is not in the chapter or the chapter is not known.
 */
export async function proposalWithVersion(
  space: MemberSpace,
  session: OrganisationSession,
  chapter: ChapterId,
  content: { readonly title: string; readonly text: string; readonly options: readonly VersionOption[] },
): Promise<{ readonly proposal: ProposalId; readonly document: DocumentUrl }> {
  const view = await session.refresh();
  const grant = memberGrant(view.roster, chapter, space.member.key);
  const chapterDocument = view.roster.chapters.get(chapter)?.document;
  if (grant === undefined || chapterDocument === undefined) throw new Error("not a member of that chapter");
  const handle = space.repo.import<ProposalDoc>(A.save(createProposalDoc(content.text)));
  const document = documentUrlOf(handle.url);
  const creation = await space.sign("proposal", { chapter, title: content.title, document }, [chapter, grant]);
  const proposal = creation.id as ProposalId;
  const version = await space.sign(
    "version",
    { proposal, n: 1, text: content.text, options: content.options.map(({ id, label }) => ({ id, label })), accepts: [] },
    [proposal, grant],
  );
  handle.change((doc) => {
    addRecord(doc.origin, creation);
    addRecord(doc.versions, version);
  });
  await session.addRecords(chapterDocument, "proposals", [creation]);
  return { proposal, document };
}
