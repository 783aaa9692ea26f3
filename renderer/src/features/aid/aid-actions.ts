/**
 * Signing and writing mutual-aid records (PROTOCOL.md AID2, AID3) into a chapter's document, `aid`
 * map, citing the author's membership of the chapter (AID4.2).
 */
import { aidMetDraft, aidPlace, aidPostDraft, type AidPostBody, type Degrees } from "@chapterhouse/crdt/aid";
import type { BodyFields } from "@chapterhouse/crdt/kinds";
import { depsWithFrontier, memberGrant } from "@chapterhouse/crdt/membership";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";

/** Why an aid record was refused before signing, for the screen's words (`problems.<code>`). */
export class AidProblem extends Error {
  constructor(
    readonly code: "not-member" | "bad-point",
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

/** Where a post is: a name, and maybe the point picked, precise; only its snapped form is signed (AID2.3). */
export interface AidWhere {
  readonly name: string;
  readonly point: Degrees | null;
}

/**
 * Posts an offer or a request (AID2), its point snapped to hundredths of a degree before signing
 * (AID2.3): the precise point never leaves this function.
 * @throws {AidProblem} when the member is not a member of the chapter, or the point is not on the globe.
 */
export async function postAid(space: MemberSpace, organisation: OpenOrganisation, kind: AidPostBody["kind"], fields: Omit<BodyFields<AidPostBody>, "place">, where: AidWhere | null): Promise<RecordId> {
  const place = where === null ? null : aidPlace(where.name, where.point);
  if (place === undefined) throw new AidProblem("bad-point", "A place's latitude is −90 to 90 and its longitude −180 to 180.");
  return signAndWrite(space, organisation, fields.chapter, (deps) => aidPostDraft(kind, { ...fields, place }, deps));
}

/** Marks the member's own post met, with a thank-you (AID3). @throws {AidProblem} as `postAid`. */
export function markMet(space: MemberSpace, organisation: OpenOrganisation, chapter: ChapterId, post: RecordId, thanks: string): Promise<RecordId> {
  return signAndWrite(space, organisation, chapter, (deps) => aidMetDraft({ chapter, post, thanks }, deps));
}
