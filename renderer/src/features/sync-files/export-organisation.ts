/**
 * "Export to file" for one organisation (PROTOCOL.md B; DESIGN.md §7, Files): the documents
 * of the organisation this device holds (organisation-documents.ts), each as `Automerge.save`
 * of its handle's document, encoded into one bundle by the platform (the browser offers a
 * download, the desktop a native save dialog; both encode with crdt's `encodeDocumentBundle`
 * and decode the result strictly before offering it, E10.2).
 */
import * as A from "@automerge/automerge";
import type { Repo } from "@automerge/automerge-repo";
import type { BundledDocument } from "@chapterhouse/crdt/bundle";
import type { Roster } from "@chapterhouse/crdt/membership";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import type { Verifier } from "@chapterhouse/crdt/verify";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { bundleFileName } from "../../shared/platform/bundle-file-name.js";
import type { BundleFiles } from "../../shared/platform/platform.js";
import { countKinds, type KindCounts } from "./bundle-contents.js";
import { organisationDocuments, type HeldDocument } from "./organisation-documents.js";

/** The bundle entries of held documents: each document's id and saved bytes. Never throws. */
export function bundledDocuments(held: readonly HeldDocument[]): BundledDocument[] {
  return held.map(({ url, handle }) => ({ documentId: documentIdOf(url), bytes: A.save(handle.doc()) }));
}

/** What exporting did. */
export type ExportOutcome =
  | { readonly type: "saved"; readonly fileName: string; readonly counts: KindCounts }
  | { readonly type: "cancelled" }
  /** This device does not hold the Organisation document (yet): nothing to export. */
  | { readonly type: "not-held" };

/** What an export needs. */
export interface ExportOrganisationInput {
  readonly repo: Repo;
  readonly verifier: Verifier;
  readonly bundleFiles: BundleFiles;
  readonly organisation: DocumentUrl;
  /** The organisation's name: the file is offered as `<name>.chapterhouse`. */
  readonly name: string;
  readonly roster: Roster;
}

/**
 * Exports the organisation's documents this device holds to one bundle file.
 * @throws {Error} "invalid-argument: …" if the documents do not make a valid bundle (a document
 *   that does not load strictly), "file-failed: …" if the file cannot be written; whatever the
 *   verifier throws.
 */
export async function exportOrganisation(input: ExportOrganisationInput): Promise<ExportOutcome> {
  const held = await organisationDocuments(input);
  if (held.length === 0) return { type: "not-held" };
  const result = await input.bundleFiles.exportBundle({
    suggestedName: bundleFileName(input.name),
    documents: bundledDocuments(held),
  });
  if (result.type === "cancelled") return result;
  return { type: "saved", fileName: result.fileName, counts: countKinds(held) };
}
