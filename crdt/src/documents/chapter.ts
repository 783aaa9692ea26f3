import type * as A from "@automerge/automerge";
import { createDocument, type CreateDocumentOptions } from "./create-document.js";
import { migrateDocument } from "./migrate-document.js";
import type { RecordMap } from "./record-map.js";
import { CHAPTER_DOCUMENT } from "./chapter-type.js";

/** The type, declared in chapter-type.ts. */
export { CHAPTER_DOCUMENT };

/** Schema 3 of the Chapter document. */
export interface ChapterDoc {
  schema: number;
  governance: RecordMap;
  decisions: RecordMap;
  proposals: RecordMap;
  threads: RecordMap;
  events: RecordMap;
  posts: RecordMap;
  resources: RecordMap;
  projects: RecordMap;
  dues: RecordMap;
  aid: RecordMap;
  profiles: RecordMap;
  delegations: RecordMap;
  /** Non-authoritative: nothing yet. */
  unsigned: Record<string, never>;
}

/**
 * Creates an empty Chapter document at the current schema.
 * @throws {TypeError} (from Automerge) if the actor id is not hex.
 */
export function createChapterDoc(options?: CreateDocumentOptions): A.Doc<ChapterDoc> {
  return createDocument<ChapterDoc>(CHAPTER_DOCUMENT, {}, options);
}

/**
 * Brings a Chapter document up to the current schema (D1).
 * @throws {SchemaTooNewError} if it was written by a newer version.
 */
export function migrateChapterDoc(doc: A.Doc<ChapterDoc>): A.Doc<ChapterDoc> {
  return migrateDocument(CHAPTER_DOCUMENT, doc);
}
