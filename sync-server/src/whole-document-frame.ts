import * as A from "@automerge/automerge";
import { cbor } from "@automerge/automerge-repo";
import { HASH_BYTES } from "./chunk-format.js";
import { ulebBytes } from "./uleb-bytes.js";

/** A whole document as the relay answers a peer that has nothing of it (W1.8): its stored chunks and their heads. */
export interface WholeDocument {
  /** Hex SHA-256 hashes, in the order they are written. */
  readonly heads: readonly string[];
  readonly chunks: readonly Uint8Array[];
}

/** Who a `sync` message goes from and to, about which document. */
export interface SyncAddress {
  readonly senderId: string;
  readonly targetId: string;
  readonly documentId: string;
}

/** The sync message's capabilities written by Automerge 3.5 (W1.8). */
const CAPABILITIES = ["supports-sync-reset"];

/**
 * The frame of the relay's answer to a peer that has nothing of a document (PROTOCOL.md W1.8):
 * exactly the bytes of automerge-repo's `cbor.encode({ type: "sync", senderId, targetId,
 * documentId, data })` with `data` the bytes of Automerge 3.5's `encodeSyncMessage({ heads,
 * need: [], have: [], changes: chunks, type: "v2", supportedCapabilities: ["supports-sync-reset"] })`,
 * but written with one copy of the chunks where those two calls make four (into WebAssembly
 * memory, the encoding, out of it, and cbor-x's), about a millisecond per megabyte each, and
 * without Automerge's first-call cost in a freshly started relay. The small parts that do not
 * depend on the chunks (the message's type byte and the capabilities after its changes, the
 * frame's CBOR map up to `data`) are taken from those two functions themselves.
 */
export function wholeDocumentFrame(address: SyncAddress, document: WholeDocument): Uint8Array {
  const { typeByte, capabilities } = syncMessageEnds();
  const heads = document.heads.map(hashBytes);
  const counts = [ulebBytes(heads.length), ulebBytes(0), ulebBytes(0), ulebBytes(document.chunks.length)];
  const lengths = document.chunks.map((chunk) => ulebBytes(chunk.length));
  const dataLength =
    1 +
    counts.reduce((sum, bytes) => sum + bytes.length, 0) +
    heads.length * HASH_BYTES +
    lengths.reduce((sum, bytes, i) => sum + bytes.length + document.chunks[i]!.length, 0) +
    capabilities.length;
  const prefix = framePrefix(address);
  const dataHeader = byteStringHeader(dataLength);
  const frame = new Uint8Array(prefix.length + dataHeader.length + dataLength);
  let at = 0;
  const put = (bytes: ArrayLike<number>) => {
    frame.set(bytes, at);
    at += bytes.length;
  };
  put(prefix);
  put(dataHeader);
  frame[at++] = typeByte;
  put(counts[0]!);
  for (const head of heads) put(head);
  put(counts[1]!); // need
  put(counts[2]!); // have
  put(counts[3]!);
  document.chunks.forEach((chunk, i) => {
    put(lengths[i]!);
    put(chunk);
  });
  put(capabilities);
  return frame;
}

let ends: { typeByte: number; capabilities: Uint8Array } | undefined;

/** The first byte of a version-2 sync message and the bytes after its changes, as Automerge writes them. */
function syncMessageEnds(): { typeByte: number; capabilities: Uint8Array } {
  if (ends !== undefined) return ends;
  const message = { heads: [], need: [], have: [], changes: [], type: "v2", supportedCapabilities: CAPABILITIES };
  const empty = A.encodeSyncMessage(message);
  // The type byte, then four empty lists (heads, need, have, changes): one zero byte each.
  if (empty.length < 5 || empty.subarray(1, 5).some((byte) => byte !== 0)) throw new Error("unexpected Automerge sync message layout");
  ends = { typeByte: empty[0]!, capabilities: empty.slice(5) };
  return ends;
}

/** The frame's CBOR up to the byte string of `data`: the encoding of the same map with an empty `data`, less its last byte (0x40). */
function framePrefix(address: SyncAddress): Uint8Array {
  const bytes = cbor.encode({ type: "sync", senderId: address.senderId, targetId: address.targetId, documentId: address.documentId, data: new Uint8Array(0) });
  if (bytes[bytes.length - 1] !== 0x40) throw new Error("unexpected CBOR layout of a sync message");
  return bytes.subarray(0, bytes.length - 1);
}

/** A CBOR byte string's header (major type 2) for `length` bytes, in its shortest form, as cbor-x writes it. */
function byteStringHeader(length: number): number[] {
  if (length < 24) return [0x40 + length];
  if (length < 0x100) return [0x58, length];
  if (length < 0x10000) return [0x59, length >> 8, length & 0xff];
  if (length < 0x100000000) return [0x5a, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff];
  throw new RangeError("a sync message of 4 GiB or more");
}

function hashBytes(hex: string): Uint8Array {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`not a change hash: ${hex}`);
  return Uint8Array.from(Buffer.from(hex, "hex"));
}
