/**
 * Unpadded base64url (RFC 4648 §5) with strict decoding: no padding, no characters
 * outside the alphabet, and unused trailing bits must be zero, so that every byte
 * string has exactly one accepted text form (PROTOCOL.md R2).
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** Character code → 6-bit value, or -1 outside the alphabet (decoding is on the hot path). */
const LOOKUP: Readonly<Int8Array> = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

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
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : -1;
    if (v < 0) throw new TypeError(`base64url: character ${JSON.stringify(text[i])} is not allowed`);
    acc = ((acc << 6) | v) & 0xffffff; // at most 14 bits are pending; keep the accumulator small
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

/**
 * Decodes `text` into `out` (from its start), without allocating: for a text `isBase64urlOfLength`
 * accepted for `out.length` bytes, the bytes `fromBase64urlOfLength` would give. Never throws;
 * on any other text `out` holds meaningless bytes.
 */
export function base64urlInto(text: string, out: Uint8Array): void {
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length && o < out.length; i++) {
    const code = text.charCodeAt(i);
    acc = ((acc << 6) | (code < 128 ? LOOKUP[code]! & 63 : 0)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
}

/**
 * True when `text` is the strict encoding of exactly `length` bytes (what `fromBase64urlOfLength`
 * would accept), without allocating: record parsing checks every key, signature and dep this way.
 * Never throws.
 */
export function isBase64urlOfLength(text: unknown, length: number): boolean {
  if (typeof text !== "string" || text.length !== Math.ceil((length * 4) / 3)) return false;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    last = code < 128 ? LOOKUP[code]! : -1;
    if (last < 0) return false;
  }
  const unusedBits = text.length * 6 - length * 8;
  return (last & ((1 << unusedBits) - 1)) === 0;
}
