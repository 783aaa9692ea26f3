import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";
import { PROPOSAL_DOCUMENT } from "./proposal-type.js";

/** The type, declared in proposal-type.ts. */
export { PROPOSAL_DOCUMENT };

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
