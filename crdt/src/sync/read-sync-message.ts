import * as A from "@automerge/automerge";
import { concatBytes } from "../encoding/concat-bytes.js";

/** What W9.1 reads of a sync message: its heads, and its changes as views into the message's bytes. */
export interface SyncMessageParts {
  readonly heads: string[];
  readonly changes: Uint8Array[];
}

const HASH_BYTES = 32;
/** The first byte of Automerge's sync messages: version 1, and version 2 (with capabilities after the changes). */
const MESSAGE_TYPES = new Set([0x42, 0x43]);

/**
 * Reads an Automerge 3.5 sync message (`A.decodeSyncMessage`'s input) without copying its
 * changes: `decodeSyncMessage` copies the whole message into WebAssembly memory and every change
 * back out, a megabyte or more twice for a whole document, before `Automerge.load` copies it in
 * again. Here the changes stay views into `data`, and Automerge itself decodes everything else:
 * the message with its changes left out (an empty list in their place) must decode, so the
 * message is read exactly when `decodeSyncMessage` would read it, its changes aside (each a
 * length-prefixed byte string here; `Automerge.load` checks their contents). Undefined when
 * the message does not decode. Never throws.
 */
export function readSyncMessage(data: Uint8Array): SyncMessageParts | undefined {
  let at = 0;
  const uleb = (): number => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (at >= data.length) throw new RangeError("truncated");
      const byte = data[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return value;
    }
    throw new RangeError("LEB128 number too long");
  };
  const skip = (count: number) => {
    if (count > data.length - at) throw new RangeError("truncated");
    at += count;
  };
  try {
    if (!MESSAGE_TYPES.has(data[0]!)) return undefined;
    at = 1;
    const headCount = uleb();
    const headsAt = at;
    skip(headCount * HASH_BYTES);
    skip(uleb() * HASH_BYTES); // need
    const haveCount = uleb();
    for (let i = 0; i < haveCount; i++) {
      skip(uleb() * HASH_BYTES); // lastSync
      skip(uleb()); // bloom filter
    }
    const changesAt = at;
    const changeCount = uleb();
    const changes: Uint8Array[] = [];
    for (let i = 0; i < changeCount; i++) {
      const length = uleb();
      const start = at;
      skip(length);
      changes.push(data.subarray(start, at));
    }
    const withoutChanges = concatBytes([data.subarray(0, changesAt), Uint8Array.of(0), data.subarray(at)]);
    const decoded = A.decodeSyncMessage(withoutChanges);
    const heads: string[] = [];
    for (let i = 0; i < headCount; i++) heads.push(hex(data.subarray(headsAt + i * HASH_BYTES, headsAt + (i + 1) * HASH_BYTES)));
    if (decoded.heads.length !== heads.length || decoded.heads.some((head, i) => head !== heads[i])) return undefined;
    return { heads, changes };
  } catch {
    return undefined;
  }
}

function hex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return out;
}
