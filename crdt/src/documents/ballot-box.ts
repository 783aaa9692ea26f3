import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import { migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";
import { BALLOT_BOX_DOCUMENT } from "./ballot-box-type.js";

/** The type, declared in ballot-box-type.ts. */
export { BALLOT_BOX_DOCUMENT };

/**
 * What a box says it is for. A hint for display and debugging only: which boxes a vote has,
 * and what each is for, is fixed by the signed `open` record, never by this.
 */
export interface BallotBoxHint {
  readonly open: RecordId;
  readonly chapter: ChapterId;
  readonly shard: number;
}

/** Schema 1 of the Ballot box document. */
export interface BallotBoxDoc {
  schema: number;
  ballots: RecordMap;
  counted: RecordMap;
  /** Non-authoritative: what the box claims to be for (absent in a migrated old document). */
  unsigned: { about?: BallotBoxHint };
}

/**
 * Creates an empty Ballot box document at the current schema.
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createBallotBoxDoc(about: BallotBoxHint, options?: CreateDocumentOptions): A.Doc<BallotBoxDoc> {
  return createDocument<BallotBoxDoc>(BALLOT_BOX_DOCUMENT, { about: { open: about.open, chapter: about.chapter, shard: about.shard } }, options);
}

/**
 * Brings a Ballot box document up to the current schema (D1).
 * @throws {SchemaTooNewError} if it was written by a newer version.
 */
export function migrateBallotBoxDoc(doc: A.Doc<BallotBoxDoc>): A.Doc<BallotBoxDoc> {
  return migrateDocument(BALLOT_BOX_DOCUMENT, doc);
}
