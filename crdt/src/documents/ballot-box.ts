import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import { initialiseStep, migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("ballot-box", [
  /** The signed ballots of one vote cast by members of one lowest-level chapter, one shard. */
  "ballots",
  /** The closer's signed list of the ballots each close counted from this box (PROTOCOL.md V6). */
  "counted",
]);

/** The Ballot box document (D4): one shard of one chapter's ballots in one vote. */
export const BALLOT_BOX_DOCUMENT = defineDocumentType({
  name: "ballot-box",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});

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
