import { createHash } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import { ByteReader, ByteReaderError } from "./byte-reader.js";
import { ulebBytes } from "./uleb-bytes.js";
import { CHUNK_CHANGE, CHUNK_COMPRESSED_CHANGE, CHUNK_DOCUMENT, ChunkError, readHashes, skipLengthPrefixedList, splitChunks } from "./chunk-format.js";

/**
 * The heads of the document that stored chunks load into, read from their bytes without loading
 * them (PROTOCOL.md W1.8; https://automerge.org/automerge-binary-format-spec/): the heads a
 * document chunk lists after its actors, and the hash of each change chunk (SHA-256 of its
 * type, length and contents; a compressed change hashes as its uncompressed form), less every
 * hash a change lists among its dependencies (its first field). Sorted, as `Automerge.getHeads`
 * gives them. (A change stored both inside a document chunk and on its own would count as a
 * head if nothing in the chunks depends on it; automerge-repo does not store one so, and the
 * sync protocol corrects such a claim anyway.)
 * Throws `ChunkError` if the bytes are not well-formed chunks of a known type, or if inflating a
 * compressed change would pass `maxInflatedBytes`.
 */
export function headsOfChunks(chunks: readonly Uint8Array[], options: { maxInflatedBytes: number }): string[] {
  const present = new Set<string>();
  const depended = new Set<string>();
  try {
    for (const { type, contents, hashed } of chunks.flatMap(splitChunks)) {
      if (type === CHUNK_DOCUMENT) {
        const reader = new ByteReader(contents);
        skipLengthPrefixedList(reader); // actors
        for (const head of readHashes(reader)) present.add(head);
      } else if (type === CHUNK_CHANGE || type === CHUNK_COMPRESSED_CHANGE) {
        const change = type === CHUNK_CHANGE ? contents : inflate(contents, options.maxInflatedBytes);
        const uncompressed = type === CHUNK_CHANGE ? hashed : Uint8Array.from([CHUNK_CHANGE, ...ulebBytes(change.length), ...change]);
        present.add(createHash("sha256").update(uncompressed).digest("hex"));
        for (const dependency of readHashes(new ByteReader(change))) depended.add(dependency);
      } else {
        throw new ChunkError(`unknown chunk type ${type}`);
      }
    }
  } catch (error) {
    if (error instanceof ByteReaderError) throw new ChunkError(`malformed chunk: ${error.message}`);
    throw error;
  }
  return [...present].filter((hash) => !depended.has(hash)).sort();
}

function inflate(data: Uint8Array, maxOutputLength: number): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength });
  } catch (error) {
    if (error instanceof RangeError) throw new ChunkError("inflated size exceeds the limit", { tooLarge: true });
    throw new ChunkError("malformed deflate data");
  }
}
