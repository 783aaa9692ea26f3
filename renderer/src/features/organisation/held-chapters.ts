/**
 * The Chapter documents of an organisation this device held at its last read of it (issue 10).
 * After a reload the organisation's query waits for them — they load from this device's own
 * storage — before it folds, so the membership fold runs once over the organisation as the device
 * holds it, not once per batch of documents as they come out of storage: a 10,000-member
 * organisation's fold (~150 ms of CPU in one worker task) ran two or three times after each
 * reload, the later ones while the next screen's read waited behind them.
 *
 * Trusted like the verified-id cache (S8): it is the device's own storage. What tampered storage
 * could do: name documents that are not the organisation's, or that the device no longer holds —
 * the first read after a reload then waits for those too until they are found or unavailable;
 * the fold never reads them (it reads the Chapter documents of the tree the fold itself found).
 */
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import type { LocalDb } from "../../shared/data/local-db.js";
import { isArrayOf, isDocumentUrl } from "../../shared/worker/guard.js";

/** Where the held Chapter documents are kept. */
export interface HeldChapters {
  /** The documents held at the last read (none if nothing, or nothing valid, is kept). */
  load(organisation: DocumentUrl): Promise<readonly DocumentUrl[]>;
  save(organisation: DocumentUrl, chapters: readonly DocumentUrl[]): Promise<void>;
}

const isDocumentUrls = isArrayOf(isDocumentUrl);

/** The documents kept in the device-local database's `settings` table, under `heldChapters <organisation>` (no new schema version); a stored value that is not a list of document URLs counts as none. */
export function dexieHeldChapters(db: LocalDb): HeldChapters {
  const key = (organisation: DocumentUrl) => `heldChapters ${organisation}`;
  return {
    async load(organisation) {
      const value = (await db.settings.get(key(organisation)))?.value;
      return isDocumentUrls(value) ? value : [];
    },
    async save(organisation, chapters) {
      await db.settings.put({ key: key(organisation), value: [...chapters] });
    },
  };
}
