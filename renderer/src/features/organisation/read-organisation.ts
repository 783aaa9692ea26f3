/**
 * Reading one organisation (PROTOCOL.md M2.1, M14): the membership fold over the signed records of
 * its Organisation document and the Chapter documents this device holds, and the member names its
 * chapters hold. Pure, over what the chokepoint's signature-level read (D3.3–D3.6) found in each
 * document, so that the verification worker runs it once per change of those documents.
 *
 * Authority crosses documents (a genesis is in the Organisation document, a facilitator's role in a
 * chapter above), so the fold is given every membership record of every document. A Chapter
 * document's member names count when their signer is a member of that chapter by the fold's roster
 * (M14.2), and only in the document of the chapter they name (D7).
 */
import {
  CHAPTER_DOCUMENT,
  foldMembership,
  isMembershipKind,
  type DocumentRead,
  type DocumentType,
  type DocumentUrl,
  type MembershipFold,
  type ParsedRecord,
} from "@chapterhouse/crdt";
import { validNames, type NameEntry } from "./member-name.js";

/** One document of the organisation, as the signature-level read found it. */
export interface SignedDocument {
  readonly url: DocumentUrl;
  readonly type: DocumentType;
  /** The chokepoint's read with `acceptAll` (every signature-valid record, per map). */
  readonly read: DocumentRead;
}

/** What the fold says about an organisation: what its screens and actions use. */
export interface OrganisationRead {
  /** The membership fold over every document's signature-valid membership records. */
  readonly fold: MembershipFold;
  /** The Organisation document's signature-valid geneses, accepted or not yet (`claimedRoot` follows them). */
  readonly geneses: readonly ParsedRecord[];
  /** The valid member-name records of the Chapter documents held (M14.2). */
  readonly nameEntries: readonly NameEntry[];
}

/** Reads an organisation's documents (the Organisation document first). Never throws on content. */
export function readOrganisation(documents: readonly SignedDocument[]): OrganisationRead {
  const fold = foldMembership(documents.flatMap(({ read }) => read.records.filter((record) => isMembershipKind(record.envelope.kind))));
  const chapterOf = new Map([...fold.roster.chapters.values()].map((chapter) => [chapter.document, chapter.id]));
  const nameEntries = documents.flatMap(({ url, type, read }) => {
    const chapter = type === CHAPTER_DOCUMENT ? chapterOf.get(url) : undefined;
    return chapter === undefined ? [] : validNames(read.maps["names"] ?? [], chapter, fold.roster);
  });
  return { fold, geneses: documents[0]?.read.maps["chapters"] ?? [], nameEntries };
}
