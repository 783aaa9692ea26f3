/**
 * Record ids (PROTOCOL.md R3: the SHA-256 of a record's text) remembered by text in the worker.
 * A vote is judged again whole at each change of its documents (a ballot arriving), and its
 * organisation's documents are read by several handlers: hashing every text again in JavaScript
 * (no synchronous native SHA-256 in a browser) was a large part of the worker's time. The id of a
 * text never changes, so remembering it cannot change a verdict; only the text's exact bytes find it.
 */
import { recordIdOf, type RecordId, type RecordIdFunction } from "@chapterhouse/crdt/records";

/**
 * A `RecordIdFunction` computing each text's id once while the last `capacity` texts asked for
 * are remembered (the least recently asked forgotten first). Never throws.
 */
export function rememberedRecordIds(capacity: number): RecordIdFunction {
  const ids = new Map<string, RecordId>();
  return (text) => {
    const known = ids.get(text);
    if (known !== undefined) {
      ids.delete(text);
      ids.set(text, known);
      return known;
    }
    const id = recordIdOf(text);
    ids.set(text, id);
    if (ids.size > capacity) ids.delete(ids.keys().next().value!);
    return id;
  };
}
