/**
 * Signature checks packed into one byte array, the form in which a batch crosses to a worker
 * (PROTOCOL.md S10): one transferable buffer instead of three small arrays per check, so handing
 * a batch over costs one copy of its bytes and no per-check cloning. Layout, integers as
 * little-endian u32: count n; n public keys of 32 bytes; n signatures of 64 bytes; n + 1 offsets
 * into the message area; the messages one after another.
 */
import { RecordSignatureCheck } from "./record-signature-check.js";
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
 * lengths is left out (place -1: false whatever the backend would say, S2). A record's check
 * (`recordSignatureCheck`) is written straight from its texts. Never throws on bad checks.
 * @throws {TypeError} if `checks` is not an array.
 */
export function packChecks(checks: readonly SignatureCheck[]): PackedChecks {
  if (!isList(checks)) throw new TypeError("packChecks: checks must be an array");
  const places = new Int32Array(checks.length).fill(-1);
  const kept: (RecordSignatureCheck | SignatureCheck)[] = [];
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i];
    const parts = check instanceof RecordSignatureCheck ? check : partsOf(check!);
    if (parts === undefined) continue;
    places[i] = kept.length;
    kept.push(parts);
  }
  const n = kept.length;
  // Each message's room in bytes: exact for checks of bytes; for a record's, its UTF-16 length,
  // exact for ASCII, and made exact (the area grown) once a message does not fit in it.
  const room = new Int32Array(n);
  let messageBytes = 0;
  for (let i = 0; i < n; i++) {
    const check = kept[i]!;
    messageBytes += room[i] = check instanceof RecordSignatureCheck ? check.messageLengthAtLeast : check.message.length;
  }
  const offsetsAt = 4 + n * (KEY + SIGNATURE);
  const messagesAt = offsetsAt + (n + 1) * 4;
  let bytes = new Uint8Array(messagesAt + messageBytes);
  let view = new DataView(bytes.buffer);
  view.setUint32(0, n, true);
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const check = kept[i]!;
    const at = messagesAt + offset;
    view.setUint32(offsetsAt + i * 4, offset, true);
    if (check instanceof RecordSignatureCheck) {
      check.writeKeyAndSignature(bytes, 4 + i * KEY, 4 + n * KEY + i * SIGNATURE);
      if (check.writeMessage(bytes.subarray(at, at + room[i]!)) < 0) {
        // Characters beyond ASCII: the rest of the messages get their exact room.
        let rest = 0;
        for (let j = i; j < n; j++) {
          const later = kept[j]!;
          rest += room[j] = later instanceof RecordSignatureCheck ? later.messageLength : later.message.length;
        }
        const grown = new Uint8Array(at + rest);
        grown.set(bytes.subarray(0, at));
        bytes = grown;
        view = new DataView(bytes.buffer);
        check.writeMessage(bytes.subarray(at, at + room[i]!));
      }
    } else {
      bytes.set(check.publicKey, 4 + i * KEY);
      bytes.set(check.signature, 4 + n * KEY + i * SIGNATURE);
      bytes.set(check.message, at);
    }
    offset += room[i]!;
  }
  view.setUint32(offsetsAt + n * 4, offset, true);
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
