/**
 * Signature checks packed into one byte array, the form in which a batch crosses to a worker
 * (PROTOCOL.md S10): one transferable buffer instead of three small arrays per check, so handing
 * a batch over costs one copy of its bytes and no per-check cloning. Layout, integers as
 * little-endian u32: count n; n public keys of 32 bytes; n signatures of 64 bytes; n + 1 offsets
 * into the message area; the messages one after another.
 */
import type { SignatureCheck } from "./verifier.js";

/** Array.isArray without narrowing a readonly array type to any[]. */
const isList: (value: unknown) => boolean = Array.isArray;

const KEY = 32;
const SIGNATURE = 64;

/** A batch packed by `packChecks`. */
export interface PackedChecks {
  /** The packed bytes, alone in their buffer (transfer `bytes.buffer`). */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** How many checks the pack holds. */
  readonly count: number;
  /** For each check given, its place in the pack, or -1 when it is not bytes of S2's lengths (its verdict is false). */
  readonly places: Int32Array;
}

/** The parts of a check, when it has S2's shape; undefined for anything else. Never throws. */
function partsOf(check: SignatureCheck): SignatureCheck | undefined {
  try {
    const { publicKey, message, signature } = check;
    const bytes = (value: unknown, length?: number) => value instanceof Uint8Array && (length === undefined || value.length === length);
    return bytes(publicKey, KEY) && bytes(signature, SIGNATURE) && bytes(message) ? { publicKey, message, signature } : undefined;
  } catch {
    return undefined; // a non-object check or a throwing getter
  }
}

/**
 * Packs checks for a worker. A check whose key, signature or message is not a Uint8Array of S2's
 * lengths is left out (place -1: false whatever the backend would say, S2). Never throws on bad
 * checks.
 * @throws {TypeError} if `checks` is not an array.
 */
export function packChecks(checks: readonly SignatureCheck[]): PackedChecks {
  if (!isList(checks)) throw new TypeError("packChecks: checks must be an array");
  const places = new Int32Array(checks.length).fill(-1);
  const kept: SignatureCheck[] = [];
  let messageBytes = 0;
  checks.forEach((check, i) => {
    const parts = partsOf(check);
    if (parts === undefined) return;
    places[i] = kept.length;
    kept.push(parts);
    messageBytes += parts.message.length;
  });
  const n = kept.length;
  const messagesAt = 4 + n * (KEY + SIGNATURE) + (n + 1) * 4;
  const bytes = new Uint8Array(messagesAt + messageBytes);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, n, true);
  let offset = 0;
  kept.forEach(({ publicKey, message, signature }, i) => {
    bytes.set(publicKey, 4 + i * KEY);
    bytes.set(signature, 4 + n * KEY + i * SIGNATURE);
    view.setUint32(4 + n * (KEY + SIGNATURE) + i * 4, offset, true);
    bytes.set(message, messagesAt + offset);
    offset += message.length;
  });
  view.setUint32(4 + n * (KEY + SIGNATURE) + n * 4, offset, true);
  return { bytes, count: n, places };
}

/**
 * The checks of a pack, as views into its bytes (no copy), in packing order.
 * @throws {TypeError} if `bytes` is not a pack: too short, or offsets out of order or bounds.
 */
export function unpackChecks(bytes: Uint8Array): SignatureCheck[] {
  if (!(bytes instanceof Uint8Array) || bytes.length < 8) throw new TypeError("unpackChecks: not a pack of checks");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(0, true);
  const offsetsAt = 4 + n * (KEY + SIGNATURE);
  const messagesAt = offsetsAt + (n + 1) * 4;
  if (messagesAt > bytes.length || view.getUint32(offsetsAt + n * 4, true) !== bytes.length - messagesAt) throw new TypeError("unpackChecks: wrong length");
  const checks: SignatureCheck[] = [];
  let start = view.getUint32(offsetsAt, true);
  if (start !== 0) throw new TypeError("unpackChecks: offsets out of order");
  for (let i = 0; i < n; i++) {
    const end = view.getUint32(offsetsAt + (i + 1) * 4, true);
    if (end < start) throw new TypeError("unpackChecks: offsets out of order");
    checks.push({
      publicKey: bytes.subarray(4 + i * KEY, 4 + (i + 1) * KEY),
      signature: bytes.subarray(4 + n * KEY + i * SIGNATURE, 4 + n * KEY + (i + 1) * SIGNATURE),
      message: bytes.subarray(messagesAt + start, messagesAt + end),
    });
    start = end;
  }
  return checks;
}
