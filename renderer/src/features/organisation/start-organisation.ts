import {
  CHAPTER_DOCUMENT,
  FACILITATOR,
  type AdmissionPolicy,
  type ChapterId,
  type DocumentUrl,
  type Place,
} from "@chapterhouse/crdt";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import type { MemberSpace } from "./member-space.js";
import { newChapterDocument, newOrganisationDocument } from "./new-document.js";

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
  const organisationHandle = newOrganisationDocument(space.repo);
  const chapterHandle = newChapterDocument(space.repo);
  const organisation = documentUrlOf(organisationHandle.url);
  const document = documentUrlOf(chapterHandle.url);
  const genesis = await space.sign("genesis", {
    name: input.name,
    level: "international",
    parent: null,
    place: input.place === null ? null : { lat: input.place.lat, lon: input.place.lon },
    document,
    admission: { sponsors: input.admission.sponsors, countersign: input.admission.countersign },
    founders: [me],
  });
  const chapter = genesis.id as ChapterId;
  const facilitator = await space.sign("role", { chapter, member: me, role: FACILITATOR, grant: true, decision: null }, [chapter]);
  const session = space.organisation(organisation, { root: chapter, relays: input.relays });
  session.adopt(chapterHandle, CHAPTER_DOCUMENT);
  await session.addRecords(organisation, "chapters", [genesis]);
  await session.addRecords(document, "governance", [facilitator]);
  await space.rememberOrganisation({ organisation, root: chapter, name: input.name, relays: input.relays });
  await space.rememberChapter({ organisation, chapter, document });
  return { organisation, chapter };
}
