/**
 * The chat scenario's organisation as a device holds it for the blog tests (PROTOCOL.md BL): the
 * Organisation document and the Chapter documents of Riverside and North, holding the records given
 * in the maps given, as plain snapshots (D5).
 */
import * as A from "@automerge/automerge";
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { snapshotDocument } from "../../chokepoint/snapshot-document.js";
import { CHAPTER_DOCUMENT, createChapterDoc, type ChapterDoc } from "../../documents/chapter.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../../documents/organisation.js";
import { addRecord } from "../../documents/record-map.js";
import type { DocumentUrl } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";
import type { OrganisationSnapshots } from "../../report/read-proposals.js";

/** What each chapter's document holds beyond its governance: records by map. */
export type ChapterContent = Partial<Record<"posts" | "decisions" | "proposals", readonly ParsedRecord[]>>;

const documentOf = (genesis: ParsedRecord) => (genesis.envelope.body as { document: DocumentUrl }).document;

/** A Chapter document holding `content` (and, for North, the scenario's governance). */
export function chapterDoc(s: ChatScenario, content: ChapterContent, governance: boolean): A.Doc<ChapterDoc> {
  return A.change(createChapterDoc(), (d) => {
    if (governance) for (const record of s.governance.slice(2)) addRecord(d.governance, record);
    for (const map of ["posts", "decisions", "proposals"] as const) for (const record of content[map] ?? []) addRecord(d[map], record);
  });
}

/** The organisation's documents: North's and Riverside's Chapter documents holding what is given. */
export function blogOrganisation(s: ChatScenario, north: ChapterContent | A.Doc<ChapterDoc>, root: ChapterContent = {}): OrganisationSnapshots {
  const [rootGenesis, northGenesis] = s.governance;
  const org = A.change(createOrganisationDoc(), (d) => [rootGenesis!, northGenesis!].forEach((record) => addRecord(d.chapters, record)));
  const northDoc = "schema" in north ? north : chapterDoc(s, north, true);
  return {
    organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) },
    chapters: [
      { url: documentOf(rootGenesis!), snapshot: snapshotDocument(CHAPTER_DOCUMENT, chapterDoc(s, root, false)) },
      { url: documentOf(northGenesis!), snapshot: snapshotDocument(CHAPTER_DOCUMENT, northDoc) },
    ],
  };
}
