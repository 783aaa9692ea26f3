import { inflateRawSync } from "node:zlib";
import { ByteReader, ByteReaderError } from "./byte-reader.js";
import { CHUNK_CHANGE, CHUNK_COMPRESSED_CHANGE, CHUNK_DOCUMENT, ChunkError, HASH_BYTES, skipLengthPrefixedList, splitChunks } from "./chunk-format.js";

export { ChunkError } from "./chunk-format.js";

/**
 * Counts the operations in Automerge storage chunks without applying them (PROTOCOL.md W3.4).
 *
 * A sync message carries changes (chunk type 1 or 2) or, on a cold sync, a whole document
 * (chunk type 0). Operations are stored in run-length encoded columns, so 2 KB of bytes can
 * describe millions of operations, and Automerge would expand them all in memory; deflated
 * columns can hide 120 MiB in 122 KB, and Automerge inflates them whole. This reads only the
 * column headers and the run lengths: cost linear in the bytes. A raw value column is refused
 * from the lengths its value metadata declares before it is inflated, and every deflated part
 * is inflated (to count its rows, and because Automerge inflates it whatever it declares) only
 * up to what the caller's budget leaves. Format:
 * https://automerge.org/automerge-binary-format-spec/ (chunk container, column metadata,
 * RLE / boolean / delta encodings, value metadata).
 */
export interface ChunkCost {
  /** Rows of the longest operation column in each chunk, summed over chunks (W3.4). */
  readonly ops: number;
  /** Changes described: 1 per change chunk, rows of the change columns of a document chunk. */
  readonly changes: number;
  /** The inflated size: the bytes, with every deflated part counted at what it inflates to (W3.4). */
  readonly inflatedSize: number;
}


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

/** The inflated size counted so far, against its bound. */
interface Budget {
  size: number;
  readonly maxSize: number;
}

/**
 * Inspects a concatenation of Automerge chunks (what `Automerge.loadIncremental` accepts and
 * what each entry of a sync message's `changes` holds).
 * Throws `ChunkError` if the bytes are not well-formed chunks of a known type, or (with
 * `tooLarge`) if their inflated size would exceed `maxInflatedBytes`.
 */
export function inspectChunks(bytes: Uint8Array, options: { maxInflatedBytes: number }): ChunkCost {
  const budget: Budget = { size: bytes.length, maxSize: options.maxInflatedBytes };
  if (budget.size > budget.maxSize) throw tooLarge();
  let ops = 0;
  let changes = 0;
  try {
    if (bytes.length === 0) throw new ChunkError("empty chunk");
    for (const { type, contents: content } of splitChunks(bytes)) {
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
  return { ops, changes, inflatedSize: budget.size };
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
  // Bytes of raw values each value metadata column declares, by column id (spec >> 4).
  const declaredValueBytes = new Map<number, number>();
  for (const { spec, length } of columns) {
    const type = spec & 0x07;
    const raw = reader.take(length);
    if ((spec & COLUMN_DEFLATE_BIT) !== 0 && type === COLUMN_VALUE_RAW) {
      // What the values declare they take is known before inflating anything (W3.4).
      const declared = declaredValueBytes.get(spec >> 4) ?? 0;
      if (budget.size - raw.length + declared > budget.maxSize) throw tooLarge();
    }
    const data = (spec & COLUMN_DEFLATE_BIT) !== 0 ? inflate(raw, budget) : raw;
    const column = columnRows(type, data);
    if (type === COLUMN_VALUE_METADATA) declaredValueBytes.set(spec >> 4, column.valueBytes);
    rows = Math.max(rows, column.rows);
  }
  return rows;
}

/**
 * Rows encoded by one column's data, read from its run lengths only, and for a value metadata
 * column the bytes of raw values its rows declare (each row is `length << 4 | type`).
 */
function columnRows(type: number, data: Uint8Array): { rows: number; valueBytes: number } {
  const reader = new ByteReader(data);
  let rows = 0;
  let valueBytes = 0;
  switch (type) {
    case COLUMN_VALUE_RAW:
      return { rows: 0, valueBytes }; // raw bytes, indexed by the value metadata column
    case COLUMN_BOOLEAN:
      // Alternating run lengths of false and true, starting with false.
      while (!reader.done) rows = addRows(rows, reader.uleb());
      return { rows, valueBytes };
    case COLUMN_GROUP:
    case COLUMN_ACTOR:
    case COLUMN_ULEB:
    case COLUMN_DELTA:
    case COLUMN_STRING:
    case COLUMN_VALUE_METADATA: {
      // Each value read, as the bytes it declares (value metadata) or 0 (other columns).
      const readValue =
        type === COLUMN_STRING
          ? () => (reader.skip(reader.uleb()), 0)
          : type === COLUMN_DELTA
            ? () => (reader.sleb(), 0)
            : type === COLUMN_VALUE_METADATA
              ? () => Math.floor(reader.uleb() / 16)
              : () => (reader.uleb(), 0);
      // RLE: a positive count repeats one value, a negative count precedes that many literal
      // values, zero precedes the length of a run of nulls.
      while (!reader.done) {
        const count = reader.sleb();
        if (count > 0) {
          valueBytes = addRows(valueBytes, count * readValue());
          rows = addRows(rows, count);
        } else if (count < 0) {
          for (let i = 0; i < -count; i++) valueBytes = addRows(valueBytes, readValue());
          rows = addRows(rows, -count);
        } else {
          rows = addRows(rows, reader.uleb());
        }
      }
      return { rows, valueBytes };
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

/** Inflates a deflated part, counting it at its inflated length: never past the budget. */
function inflate(data: Uint8Array, budget: Budget): Uint8Array {
  const allowance = budget.maxSize - (budget.size - data.length);
  if (allowance <= 0) throw tooLarge();
  let out: Uint8Array;
  try {
    out = inflateRawSync(data, { maxOutputLength: allowance });
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge();
    throw new ChunkError("malformed deflate data");
  }
  budget.size += out.length - data.length;
  return out;
}

function tooLarge(): ChunkError {
  return new ChunkError("inflated size exceeds the limit", { tooLarge: true });
}
