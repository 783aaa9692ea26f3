/**
 * The chat scenario's organisation as the snapshots a chapter-content reader takes (D5): the
 * Organisation document with both geneses, Riverside's document with dave's admission and North's
 * with its governance, each with the given records in one record map (`events`, `resources`…).
 */
import * as A from "@automerge/automerge";
import { snapshotDocument } from "../../chokepoint/snapshot-document.js";
import { CHAPTER_DOCUMENT, createChapterDoc, type ChapterDoc } from "../../documents/chapter.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../../documents/organisation.js";
import { addRecord } from "../../documents/record-map.js";
import type { DocumentUrl } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";
import type { OrganisationSnapshots } from "../../report/read-proposals.js";
import type { ChatScenario } from "./chat-scenario.js";

/** A record map of the Chapter document. */
type ChapterMap = Exclude<keyof ChapterDoc, "schema" | "unsigned">;

const documentOf = (genesis: ParsedRecord) => (genesis.envelope.body as { document: DocumentUrl }).document;

/** The scenario's documents with `root` in Riverside's `map` and `north` in North's. */
export function scenarioOrganisation(s: ChatScenario, map: ChapterMap, root: readonly ParsedRecord[], north: readonly ParsedRecord[]): OrganisationSnapshots {
  const [rootGenesis, northGenesis, bob, carol, dave, moderator] = s.governance;
  const org = A.change(createOrganisationDoc(), (d) => [rootGenesis!, northGenesis!].forEach((record) => addRecord(d.chapters, record)));
  const chapter = (governance: readonly ParsedRecord[], records: readonly ParsedRecord[]) =>
    snapshotDocument(
      CHAPTER_DOCUMENT,
      A.change(createChapterDoc(), (d) => {
        governance.forEach((record) => addRecord(d.governance, record));
        records.forEach((record) => addRecord(d[map], record));
      }),
    );
  return {
    organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) },
    chapters: [
      { url: documentOf(rootGenesis!), snapshot: chapter([dave!], root) },
      { url: documentOf(northGenesis!), snapshot: chapter([bob!, carol!, moderator!], north) },
    ],
  };
}
