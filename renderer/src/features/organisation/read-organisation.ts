/**
 * Reading one organisation (PROTOCOL.md M2.1, PF3.2): the membership fold over the signed records of
 * its Organisation document and the Chapter documents this device holds, and the members' profiles
 * its chapters hold. Pure, over what the chokepoint's signature-level read (D3.3–D3.6) found in each
 * document, so that the verification worker runs it once per change of those documents.
 *
 * Authority crosses documents (a genesis is in the Organisation document, a facilitator's role in a
 * chapter above), so the fold is given every membership record of every document, and the ids of
 * the other records they hold (decisions), which membership records may cite. A Chapter
 * document's profiles count when their member signed them and is a member of that chapter by the
 * fold's roster (PF3.2).
 */
import type { DocumentRead } from "@chapterhouse/crdt/chokepoint";
import { CHAPTER_DOCUMENT, type DocumentType } from "@chapterhouse/crdt/documents";
import { foldMembership, isMembershipKind, type FoldSummary, type MembershipFold } from "@chapterhouse/crdt/membership";
import { chapterProfiles, readProfiles, type ProfilesRead } from "@chapterhouse/crdt/profiles";
import type { ChapterId, DocumentUrl, ParsedRecord, RecordId } from "@chapterhouse/crdt/records";
import type { SentRoster } from "./sent-roster.js";

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
  /** The members' profiles, read from the Chapter documents held (PF5). */
  readonly profiles: ProfilesRead;
  /** The ids of the profile records each held Chapter document holds (PF3.3), by chapter. */
  readonly profileCopies: ReadonlyMap<ChapterId, ReadonlySet<RecordId>>;
}

/** An organisation read as the page gets it: the fold summarised (`summariseFold`). */
export interface ShownOrganisationRead extends Omit<OrganisationRead, "fold"> {
  readonly fold: FoldSummary;
}

/** An organisation read as it crosses to the page: the summary without its roster, and the roster sent by chapter (`SentRoster`). */
export interface SentOrganisationRead extends Omit<OrganisationRead, "fold"> {
  readonly fold: Omit<FoldSummary, "roster">;
  readonly roster: SentRoster;
  readonly key: string;
}

/**
 * A part of an organisation read (its roster withholds chapters: `SentRoster.withheld` > 0): the
 * roster part alone. The rest of the read (the fold's summary, the geneses, the profiles — one
 * entry per member, ~85,000 of a 100,000-member organisation) comes with the last answer only:
 * sent with every part, it made each of a dozen parts a task of 200–380 ms of CPU on the page
 * (issue 15).
 */
export interface OrganisationReadPart {
  readonly roster: SentRoster & { readonly withheld: number };
  readonly key: string;
}

/** Reads an organisation's documents (the Organisation document first). Never throws on content. */
export function readOrganisation(documents: readonly SignedDocument[]): OrganisationRead {
  const records = documents.flatMap(({ read }) => read.records);
  // Other records held (a chapter's decisions) are what a role or removal may cite (M2.2, M9.1),
  // as the verifier's causal rosters count them.
  const fold = foldMembership(
    records.filter((record) => isMembershipKind(record.envelope.kind)),
    { heldElsewhere: new Set(records.filter((record) => !isMembershipKind(record.envelope.kind)).map((record) => record.id)) },
  );
  const chapterOf = new Map([...fold.roster.chapters.values()].map((chapter) => [chapter.document, chapter.id]));
  const counted: ParsedRecord[] = [];
  const profileCopies = new Map<ChapterId, ReadonlySet<RecordId>>();
  for (const { url, type, read } of documents) {
    const chapter = type === CHAPTER_DOCUMENT ? chapterOf.get(url) : undefined;
    if (chapter === undefined) continue;
    const held = read.maps["profiles"] ?? [];
    profileCopies.set(chapter, new Set(held.map((record) => record.id)));
    counted.push(...chapterProfiles(held, chapter, fold.roster));
  }
  return { fold, geneses: documents[0]?.read.maps["chapters"] ?? [], profiles: readProfiles(counted, fold.roster), profileCopies };
}
