import { ByteReader } from "./byte-reader.js";

/**
 * The container of Automerge's binary format (https://automerge.org/automerge-binary-format-spec/,
 * "Chunk container"): chunks follow each other, each the magic bytes, a 4-byte checksum, a type
 * byte, a ULEB128 length and the contents (PROTOCOL.md W3.4).
 */
export const CHUNK_DOCUMENT = 0;
export const CHUNK_CHANGE = 1;
export const CHUNK_COMPRESSED_CHANGE = 2;
export const HASH_BYTES = 32;
const MAGIC = [0x85, 0x6f, 0x4a, 0x83] as const;

export class ChunkError extends Error {
  override readonly name = "ChunkError";
  /** True when the chunk is refused for its inflated size rather than for its form. */
  readonly tooLarge: boolean;

  constructor(message: string, { tooLarge = false }: { tooLarge?: boolean } = {}) {
    super(message);
    this.tooLarge = tooLarge;
  }
}

export interface Chunk {
  readonly type: number;
  readonly contents: Uint8Array;
  /** The type byte, the length and the contents: what a change chunk's hash is taken over. */
  readonly hashed: Uint8Array;
}

/**
 * The chunks of a concatenation, in order (the checksum is not checked: Automerge does).
 * Throws `ChunkError` for bad magic bytes, `ByteReaderError` for truncated bytes.
 */
export function splitChunks(bytes: Uint8Array): Chunk[] {
  const reader = new ByteReader(bytes);
  const chunks: Chunk[] = [];
  while (!reader.done) {
    const magic = reader.take(4);
    if (!MAGIC.every((b, i) => magic[i] === b)) throw new ChunkError("bad magic bytes");
    reader.skip(4);
    const start = bytes.length - reader.remaining;
    const type = reader.byte();
    const contents = reader.take(reader.uleb());
    chunks.push({ type, contents, hashed: bytes.subarray(start, bytes.length - reader.remaining) });
  }
  return chunks;
}

/** A ULEB128 count of 32-byte hashes (heads, dependencies), as hex strings. */
export function readHashes(reader: ByteReader): string[] {
  const count = reader.uleb();
  const hashes: string[] = [];
  for (let i = 0; i < count; i++) hashes.push(Buffer.from(reader.take(HASH_BYTES)).toString("hex"));
  return hashes;
}

/** Skips a ULEB128 count of length-prefixed byte strings (actor ids). */
export function skipLengthPrefixedList(reader: ByteReader): void {
  const count = reader.uleb();
  for (let i = 0; i < count; i++) reader.skip(reader.uleb());
}
