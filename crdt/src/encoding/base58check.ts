/**
 * Base58Check encoding (Bitcoin's alphabet and checksum), as automerge-repo writes a document id
 * in its URLs: so the core can name a document whose id it derives (PROTOCOL.md PF4) without
 * depending on automerge-repo. Encoding only: the core never reads a URL's bytes back.
 */
import { sha256 } from "@noble/hashes/sha2.js";

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** Base58 of `bytes`: the big-endian number in base 58, one "1" per leading zero byte. Never throws. */
function base58(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  let out = "";
  while (value > 0n) {
    out = ALPHABET[Number(value % 58n)]! + out;
    value /= 58n;
  }
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out = ALPHABET[0]! + out;
  return out;
}

/** Base58Check of `payload`: Base58 of the payload followed by the first 4 bytes of SHA-256(SHA-256(payload)). Never throws. */
export function toBase58check(payload: Uint8Array): string {
  const checked = new Uint8Array(payload.length + 4);
  checked.set(payload);
  checked.set(sha256(sha256(payload)).subarray(0, 4), payload.length);
  return base58(checked);
}
