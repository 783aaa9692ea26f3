import * as A from "@automerge/automerge";
import {
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  createChapterDoc,
  createOrganisationDoc,
} from "@chapterhouse/crdt/documents";
import {
  FACILITATOR,
  genesisDraft,
  roleDraft,
  type AdmissionPolicy,
  type Place,
} from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import type { MemberSpace } from "./member-space.js";

/** What a member says when starting an organisation. */
export interface StartOrganisationInput {
  /** The organisation's (and its international chapter's) name, 1–200 characters. */
  readonly name: string;
  readonly place: Place | null;
  readonly admission: AdmissionPolicy;
  /** The relays that will serve it (may be none: it then stays on this device until one is added). */
  readonly relays: readonly string[];
}

/** Where the new organisation lives. */
export interface StartedOrganisation {
  readonly organisation: DocumentUrl;
  readonly chapter: ChapterId;
}

/**
 * Starts an organisation (PROTOCOL.md M4): a new Organisation document holding the genesis of
 * its international chapter (the member its only founder), a new Chapter document holding the
 * founder's appointment of themself as facilitator (M9.2: founder authority, no decision), so
 * that they can invite; and the Home entries that find it again.
 * @throws {Error} if the identity is locked or a document cannot be written.
 */
export async function startOrganisation(space: MemberSpace, input: StartOrganisationInput): Promise<StartedOrganisation> {
  const me = space.member.key;
  const { documents } = space;
  const organisation = documents.create(ORGANISATION_DOCUMENT, A.save(createOrganisationDoc()));
  const document = documents.create(CHAPTER_DOCUMENT, A.save(createChapterDoc()), organisation);
  const genesis = await space.signDraft(
    genesisDraft({ name: input.name, level: "international", parent: null, place: input.place, document, admission: input.admission, founders: [me] }),
  );
  const chapter = genesis.id as ChapterId;
  const facilitator = await space.signDraft(roleDraft({ chapter, member: me, role: FACILITATOR, grant: true, decision: null }));
  space.organisation(organisation, { root: chapter, relays: input.relays });
  await documents.write(organisation, "chapters", [genesis]);
  await documents.write(document, "governance", [facilitator]);
  await space.rememberOrganisation({ organisation, root: chapter, name: input.name, relays: input.relays });
  await space.rememberChapter({ organisation, chapter, document });
  return { organisation, chapter };
}
