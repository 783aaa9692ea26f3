import { mapNames, type DocumentType } from "../documents/document-type.js";
import type { DocumentUrl } from "../records/ids.js";
import type { DocumentRead } from "./read-document.js";
import type { RecordStore, StoredRecord } from "./record-store.js";
import type { HeldRecords } from "./write-back.js";

/**
 * Keeps every signature-valid record of a read in the device's store (D8), under the
 * document's URL and the map it was found in. Resolves to the number of new (scope, id) pairs.
 * @throws {RecordStoreError} never for chokepoint output (its ids are hashes of its texts);
 *   whatever the store's backend throws otherwise.
 */
export async function rememberRecords(store: RecordStore, document: DocumentUrl, read: DocumentRead): Promise<number> {
  let added = 0;
  for (const [map, records] of Object.entries(read.verified)) {
    if (records.length === 0) continue;
    added += await store.put({ document, map }, records.map((r): StoredRecord => ({ id: r.id, text: r.text })));
  }
  return added;
}

/**
 * Everything the store holds for one document, per record map of its type: the input of
 * `writeBack` (D9).
 * @throws whatever the store's backend throws.
 */
export async function heldRecords(store: RecordStore, type: DocumentType, document: DocumentUrl): Promise<HeldRecords> {
  const entries = await Promise.all(mapNames(type).map(async (map) => [map, await store.list({ document, map })] as const));
  return Object.fromEntries(entries);
}
