import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep, migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("proposal", [
  /** The proposal's own creation record (its id is the proposal's id). */
  "origin",
  /** Signed versions, each carrying the full text. */
  "versions",
  "comments",
  /** Amendments and the author's rejections of them (PROTOCOL.md P5, P6). */
  "amendments",
  /** The signed opens and closes (superseding closes too) of its votes. */
  "votes",
]);

/** The Proposal document (D4): draft text, signed versions, deliberation, votes. */
export const PROPOSAL_DOCUMENT = defineDocumentType({
  name: "proposal",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({ draft: "" }))],
});

/** Schema 1 of the Proposal document. */
export interface ProposalDoc {
  schema: number;
  origin: RecordMap;
  versions: RecordMap;
  comments: RecordMap;
  amendments: RecordMap;
  votes: RecordMap;
  unsigned: {
    /** Collaborative draft text (Automerge text): unsigned, never voted on. A vote is on a
     * signed `version`. */
    draft: string;
  };
}

/**
 * Creates a Proposal document at the current schema with an initial draft text.
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createProposalDoc(draft = "", options?: CreateDocumentOptions): A.Doc<ProposalDoc> {
  return createDocument<ProposalDoc>(PROPOSAL_DOCUMENT, { draft }, options);
}

/**
 * Brings a Proposal document up to the current schema (D1).
 * @throws {SchemaTooNewError} if it was written by a newer version.
 */
export function migrateProposalDoc(doc: A.Doc<ProposalDoc>): A.Doc<ProposalDoc> {
  return migrateDocument(PROPOSAL_DOCUMENT, doc);
}
