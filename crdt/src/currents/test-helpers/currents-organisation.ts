/**
 * The chat scenario's organisation as a device holds it for the current tests (PROTOCOL.md CU): the
 * Organisation document, North's Chapter document holding the scenario's governance and any more
 * given (a role, a leave), and the Currents document holding the records given, as plain
 * snapshots (D5).
 */
import * as A from "@automerge/automerge";
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { snapshotDocument } from "../../chokepoint/snapshot-document.js";
import { CHAPTER_DOCUMENT, createChapterDoc } from "../../documents/chapter.js";
import { CURRENTS_DOCUMENT, type CurrentsDoc } from "../../documents/currents.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../../documents/organisation.js";
import { addRecord } from "../../documents/record-map.js";
import { mapOfKind } from "../../documents/document-type.js";
import type { DocumentUrl } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";
import type { LocatedSnapshot, OrganisationSnapshots } from "../../report/read-proposals.js";
import { currentsDocumentUrl, currentsGenesis } from "../currents-document.js";

/** The organisation's documents, North's holding the scenario's governance and `governance` besides. */
export function currentsOrganisation(s: ChatScenario, governance: readonly ParsedRecord[] = []): OrganisationSnapshots {
  const [rootGenesis, northGenesis, ...rest] = s.governance;
  const org = A.change(createOrganisationDoc(), (d) => [rootGenesis!, northGenesis!].forEach((record) => addRecord(d.chapters, record)));
  const north = A.change(createChapterDoc(), (d) => [...rest, ...governance].forEach((record) => addRecord(d.governance, record)));
  return {
    organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) },
    chapters: [{ url: (northGenesis!.envelope.body as { document: DocumentUrl }).document, snapshot: snapshotDocument(CHAPTER_DOCUMENT, north) }],
  };
}

/** The Currents document of the scenario's organisation, each record in the map of its kind (D4), a kind it does not hold in `currents`. */
export function currentsDocument(s: ChatScenario, records: readonly ParsedRecord[]): LocatedSnapshot {
  const doc = A.change(A.load<CurrentsDoc>(currentsGenesis()), (d) => records.forEach((record) => addRecord(d[(mapOfKind(CURRENTS_DOCUMENT, record.envelope.kind) ?? "currents")], record)));
  return { url: currentsDocumentUrl(s.root), snapshot: snapshotDocument(CURRENTS_DOCUMENT, doc) };
}
