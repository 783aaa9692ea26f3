/**
 * Unpadded base64url (RFC 4648 §5) with strict decoding: no padding, no characters
 * outside the alphabet, and unused trailing bits must be zero, so that every byte
 * string has exactly one accepted text form (PROTOCOL.md R2).
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const LOOKUP: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries([...ALPHABET].map((c, i) => [c, i])),
);

/** Encodes bytes as unpadded base64url. */
export function toBase64url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/**
 * Decodes unpadded base64url strictly.
 * @throws {TypeError} if the text is not the canonical encoding of some byte string.
 */
export function fromBase64url(text: string): Uint8Array {
  if (typeof text !== "string") throw new TypeError("base64url: expected a string");
  if (text.length % 4 === 1) throw new TypeError("base64url: impossible length");
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const c of text) {
    const v = LOOKUP[c];
    if (v === undefined) throw new TypeError(`base64url: character ${JSON.stringify(c)} is not allowed`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) throw new TypeError("base64url: non-zero trailing bits");
  return out;
}

/** Decodes base64url that must hold exactly `length` bytes. @throws {TypeError} otherwise. */
export function fromBase64urlOfLength(text: string, length: number): Uint8Array {
  const bytes = fromBase64url(text);
  if (bytes.length !== length) throw new TypeError(`base64url: expected ${length} bytes, got ${bytes.length}`);
  return bytes;
}
