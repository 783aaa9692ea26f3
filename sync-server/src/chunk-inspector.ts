import { inflateRawSync } from "node:zlib";
import { ByteReader, ByteReaderError } from "./byte-reader.js";

/**
 * Counts the operations in Automerge storage chunks without applying them (PROTOCOL.md W3.4).
 *
 * A sync message carries changes (chunk type 1 or 2) or, on a cold sync, a whole document
 * (chunk type 0). Operations are stored in run-length encoded columns, so 2 KB of bytes can
 * describe millions of operations, and Automerge would expand them all in memory. This reads
 * only the column headers and the run lengths: cost linear in the bytes, with deflated
 * columns inflated up to a caller-given budget. Format:
 * https://automerge.org/automerge-binary-format-spec/ (chunk container, column metadata,
 * RLE / boolean / delta encodings).
 */
export interface ChunkCost {
  /** Rows of the longest operation column in each chunk, summed over chunks (W3.4). */
  readonly ops: number;
  /** Changes described: 1 per change chunk, rows of the change columns of a document chunk. */
  readonly changes: number;
  /** Bytes produced by inflating deflated columns and compressed changes. */
  readonly inflatedBytes: number;
}

export class ChunkError extends Error {
  override readonly name = "ChunkError";
  /** True when the chunk is refused for its inflated size rather than for its form. */
  readonly tooLarge: boolean;

  constructor(message: string, { tooLarge = false }: { tooLarge?: boolean } = {}) {
    super(message);
    this.tooLarge = tooLarge;
  }
}

const MAGIC = [0x85, 0x6f, 0x4a, 0x83] as const;
const CHUNK_DOCUMENT = 0;
const CHUNK_CHANGE = 1;
const CHUNK_COMPRESSED_CHANGE = 2;
const HASH_BYTES = 32;

// Column types: the low three bits of a column specification.
const COLUMN_GROUP = 0;
const COLUMN_ACTOR = 1;
const COLUMN_ULEB = 2;
const COLUMN_DELTA = 3;
const COLUMN_BOOLEAN = 4;
const COLUMN_STRING = 5;
const COLUMN_VALUE_METADATA = 6;
const COLUMN_VALUE_RAW = 7;
const COLUMN_DEFLATE_BIT = 0x08;

interface Budget {
  inflated: number;
  readonly maxInflated: number;
}

/**
 * Inspects a concatenation of Automerge chunks (what `Automerge.loadIncremental` accepts and
 * what each entry of a sync message's `changes` holds).
 * Throws `ChunkError` if the bytes are not well-formed chunks of a known type, or if inflating
 * them would exceed `maxInflatedBytes`.
 */
export function inspectChunks(bytes: Uint8Array, options: { maxInflatedBytes: number }): ChunkCost {
  const budget: Budget = { inflated: 0, maxInflated: options.maxInflatedBytes };
  let ops = 0;
  let changes = 0;
  try {
    const reader = new ByteReader(bytes);
    if (reader.done) throw new ChunkError("empty chunk");
    while (!reader.done) {
      const magic = reader.take(4);
      if (!MAGIC.every((b, i) => magic[i] === b)) throw new ChunkError("bad magic bytes");
      reader.skip(4); // checksum: Automerge verifies it when it loads the chunk
      const type = reader.byte();
      const content = reader.take(reader.uleb());
      if (type === CHUNK_DOCUMENT) {
        const cost = inspectDocument(content, budget);
        ops += cost.ops;
        changes += cost.changes;
      } else if (type === CHUNK_CHANGE) {
        ops += inspectChange(content, budget);
        changes += 1;
      } else if (type === CHUNK_COMPRESSED_CHANGE) {
        ops += inspectChange(inflate(content, budget), budget);
        changes += 1;
      } else {
        throw new ChunkError(`unknown chunk type ${type}`);
      }
    }
  } catch (error) {
    if (error instanceof ByteReaderError) throw new ChunkError(`malformed chunk: ${error.message}`);
    throw error;
  }
  return { ops, changes, inflatedBytes: budget.inflated };
}

function inspectDocument(content: Uint8Array, budget: Budget): { ops: number; changes: number } {
  const reader = new ByteReader(content);
  skipLengthPrefixedList(reader); // actors
  skipHashes(reader); // heads
  const changeColumns = readColumnMetadata(reader);
  const opColumns = readColumnMetadata(reader);
  const changes = maxRows(reader, changeColumns, budget);
  const ops = maxRows(reader, opColumns, budget);
  return { ops, changes }; // what follows (head indexes) carries no operations
}

function inspectChange(content: Uint8Array, budget: Budget): number {
  const reader = new ByteReader(content);
  skipHashes(reader); // dependencies
  reader.skip(reader.uleb()); // actor
  reader.uleb(); // seq
  reader.uleb(); // start op
  reader.sleb(); // time
  reader.skip(reader.uleb()); // message
  skipLengthPrefixedList(reader); // other actors
  return maxRows(reader, readColumnMetadata(reader), budget); // extra bytes follow
}

function skipHashes(reader: ByteReader): void {
  const count = reader.uleb();
  reader.skip(count * HASH_BYTES);
}

function skipLengthPrefixedList(reader: ByteReader): void {
  const count = reader.uleb();
  for (let i = 0; i < count; i++) reader.skip(reader.uleb());
}

function readColumnMetadata(reader: ByteReader): { spec: number; length: number }[] {
  const count = reader.uleb();
  const columns: { spec: number; length: number }[] = [];
  for (let i = 0; i < count; i++) {
    const spec = reader.uleb();
    const length = reader.uleb();
    columns.push({ spec, length });
  }
  return columns;
}

function maxRows(reader: ByteReader, columns: { spec: number; length: number }[], budget: Budget): number {
  let rows = 0;
  for (const { spec, length } of columns) {
    const raw = reader.take(length);
    const data = (spec & COLUMN_DEFLATE_BIT) !== 0 ? inflate(raw, budget) : raw;
    rows = Math.max(rows, columnRows(spec & 0x07, data));
  }
  return rows;
}

/** Rows encoded by one column's data, read from its run lengths only. */
function columnRows(type: number, data: Uint8Array): number {
  const reader = new ByteReader(data);
  let rows = 0;
  switch (type) {
    case COLUMN_VALUE_RAW:
      return 0; // raw bytes, indexed by the value metadata column
    case COLUMN_BOOLEAN:
      // Alternating run lengths of false and true, starting with false.
      while (!reader.done) rows = addRows(rows, reader.uleb());
      return rows;
    case COLUMN_GROUP:
    case COLUMN_ACTOR:
    case COLUMN_ULEB:
    case COLUMN_DELTA:
    case COLUMN_STRING:
    case COLUMN_VALUE_METADATA: {
      const skipValue =
        type === COLUMN_STRING
          ? () => reader.skip(reader.uleb())
          : type === COLUMN_DELTA
            ? () => void reader.sleb()
            : () => void reader.uleb();
      // RLE: a positive count repeats one value, a negative count precedes that many literal
      // values, zero precedes the length of a run of nulls.
      while (!reader.done) {
        const count = reader.sleb();
        if (count > 0) {
          skipValue();
          rows = addRows(rows, count);
        } else if (count < 0) {
          for (let i = 0; i < -count; i++) skipValue();
          rows = addRows(rows, -count);
        } else {
          rows = addRows(rows, reader.uleb());
        }
      }
      return rows;
    }
    default:
      throw new ChunkError(`unknown column type ${type}`);
  }
}

function addRows(rows: number, more: number): number {
  const sum = rows + more;
  if (!Number.isSafeInteger(sum)) throw new ChunkError("row count too large");
  return sum;
}

function inflate(data: Uint8Array, budget: Budget): Uint8Array {
  const allowance = budget.maxInflated - budget.inflated;
  if (allowance <= 0) throw new ChunkError("inflated size exceeds the limit", { tooLarge: true });
  let out: Uint8Array;
  try {
    out = inflateRawSync(data, { maxOutputLength: allowance });
  } catch (error) {
    if (error instanceof RangeError) throw new ChunkError("inflated size exceeds the limit", { tooLarge: true });
    throw new ChunkError("malformed deflate data");
  }
  budget.inflated += out.length;
  return out;
}
