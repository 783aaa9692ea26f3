/**
 * Signing and writing mutual-aid records (PROTOCOL.md AID2, AID3) into a chapter's document, `aid`
 * map, citing the author's membership of the chapter (AID4.2).
 */
import { aidMetDraft, aidPostDraft, type AidPostBody } from "@chapterhouse/crdt/aid";
import type { BodyFields } from "@chapterhouse/crdt/kinds";
import { depsWithFrontier, memberGrant } from "@chapterhouse/crdt/membership";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";

/** Why an aid record was refused before signing, for the screen's words (`problems.<code>`). */
export class AidProblem extends Error {
  constructor(
    readonly code: "not-member",
    message: string,
  ) {
    super(message);
    this.name = "AidProblem";
  }
}

async function signAndWrite(space: MemberSpace, organisation: OpenOrganisation, chapter: ChapterId, draft: (deps: readonly RecordId[]) => Parameters<MemberSpace["signDraft"]>[0]): Promise<RecordId> {
  const view = await organisation.refresh();
  const entry = view.roster.chapters.get(chapter);
  const grant = memberGrant(view.roster, chapter, space.member.key);
  if (entry === undefined || grant === undefined || view.fold === undefined) throw new AidProblem("not-member", "Only a member of this chapter or of one below it posts on its board.");
  const record = await space.signDraft(draft(depsWithFrontier(view.fold, chapter, [grant])));
  await space.documents.write(entry.document, "aid", [record]);
  return record.id;
}

/** Posts an offer or a request (AID2). @throws {AidProblem} when the member is not a member of the chapter. */
export function postAid(space: MemberSpace, organisation: OpenOrganisation, kind: AidPostBody["kind"], fields: BodyFields<AidPostBody>): Promise<RecordId> {
  return signAndWrite(space, organisation, fields.chapter, (deps) => aidPostDraft(kind, fields, deps));
}

/** Marks the member's own post met, with a thank-you (AID3). @throws {AidProblem} as `postAid`. */
export function markMet(space: MemberSpace, organisation: OpenOrganisation, chapter: ChapterId, post: RecordId, thanks: string): Promise<RecordId> {
  return signAndWrite(space, organisation, chapter, (deps) => aidMetDraft({ chapter, post, thanks }, deps));
}
