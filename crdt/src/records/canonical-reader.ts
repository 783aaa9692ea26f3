/**
 * The fast path of `parseCanonical` (PROTOCOL.md R1.5): one pass over a text that reads it only
 * if it is exactly the canonical JSON of what it holds, checking the form while reading instead
 * of parsing, writing the value out again and comparing (which costs a second copy of every
 * record text, and most of the time of reading a vote). Any text it does not accept goes the
 * slow way, which names the rule broken; so it only ever accepts texts the slow way accepts,
 * with the same value.
 *
 * Canonical JSON is exactly what `canonicalize` writes: no whitespace; members in increasing
 * UTF-16 order, hence no duplicate (R1.1, R1.4); strings as `JSON.stringify` writes them, with no
 * lone surrogate (R1.2); integers in their shortest form, |n| < 2^53, never -0 (R1.3); at most
 * 32 arrays and objects nested (R1.6).
 */
import type { CanonicalValue } from "./canonical.js";

/** Most arrays and objects nested in one another (R1.6; `MAX_DEPTH` of canonical.ts). */
const MAX_NESTING = 32;

/** A run of string characters that need no escape: not `"`, `\`, a control character or a surrogate. */
const PLAIN_RUN = /[\u0020\u0021\u0023-\u005b\u005d-\ud7ff\ue000-\uffff]*/y;
/** The one-letter escapes `JSON.stringify` writes, by the code unit they stand for. */
const SHORT_ESCAPES: ReadonlyMap<number, number> = new Map([
  [0x08, 0x62 /* b */],
  [0x09, 0x74 /* t */],
  [0x0a, 0x6e /* n */],
  [0x0c, 0x66 /* f */],
  [0x0d, 0x72 /* r */],
  [0x22, 0x22 /* " */],
  [0x5c, 0x5c /* \ */],
]);
const HEX = "0123456789abcdef";

/**
 * Longest member name kept for reuse. V8 copies a slice this short rather than pointing into its
 * text, so a kept name never keeps a record text alive.
 */
const MAX_KEPT_NAME = 12;
/** The last plain member name read of each first code unit (ASCII) and length. */
const KEPT_NAMES: (string | undefined)[] = new Array<string | undefined>(0x80 * MAX_KEPT_NAME).fill(undefined);

/**
 * Longest string value given back as a flat string of its own rather than a slice of its text.
 * Keys, ids, hashes and deps (43 code units of base64url, 64 of hex) are compared, sorted and
 * looked up in Maps over and over by the fold and the tally, and V8 compares and hashes a slice
 * (a SlicedString) on its slow path: 100,000 slices take ~2x as long to put in a Map, look up,
 * sort and check in order as flat copies. JSON.parse of the literal makes the copy (~0.1 µs);
 * values of under 13 code units are copies anyway; longer ones (signatures, texts) stay slices.
 */
const MAX_FLAT_VALUE = 64;
/** Shortest slice V8 makes: a shorter one is a copy already. */
const MIN_SLICE = 13;
/**
 * The last such value read of each first two code units (each taken mod 128). Records repeat a
 * few of them over and over (a vote's ballots all name the same chapter, proposal and deps):
 * given back as the same string, they take no new memory and compare equal at a glance.
 */
const KEPT_VALUES: (string | undefined)[] = new Array<string | undefined>(0x80 * 0x80).fill(undefined);

/** Thrown inside the reader when the text is not plainly canonical; never escapes it. Made once. */
const NOT_CANONICAL = new Error("not plainly canonical");

/**
 * The value of `text` when `text` is exactly its canonical JSON (R1), else undefined. Never
 * throws.
 */
export function readCanonical(text: string): CanonicalValue | undefined {
  const reader = new Reader(text);
  try {
    const value = reader.value(0);
    return reader.at === text.length ? value : undefined;
  } catch (error) {
    if (error === NOT_CANONICAL) return undefined;
    throw error;
  }
}

class Reader {
  at = 0;

  constructor(readonly text: string) {}

  /** A value with `depth` arrays and objects around it. */
  value(depth: number): CanonicalValue {
    const { text } = this;
    const c = text.charCodeAt(this.at);
    if (c === 0x22 /* " */) return this.string();
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth >= MAX_NESTING) throw NOT_CANONICAL;
      this.at++;
      return c === 0x7b ? this.object(depth + 1) : this.array(depth + 1);
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d /* - */) return this.integer();
    if (c === 0x74 /* t */ && text.startsWith("true", this.at)) return this.literal(4, true);
    if (c === 0x66 /* f */ && text.startsWith("false", this.at)) return this.literal(5, false);
    if (c === 0x6e /* n */ && text.startsWith("null", this.at)) return this.literal(4, null);
    throw NOT_CANONICAL;
  }

  /**
   * An integer in its shortest form (R1.3): `-?(0|[1-9][0-9]*)`, |n| < 2^53, never -0, and not
   * followed by a fraction or an exponent. Its digits are summed as read: exact while the sum is
   * safe, and a sum past 2^53 - 1 only ever rounds to a value past it too.
   */
  integer(): number {
    const { text } = this;
    let i = this.at;
    const negative = text.charCodeAt(i) === 0x2d;
    if (negative) i++;
    let c = text.charCodeAt(i);
    let n: number;
    if (c === 0x30 /* 0 */) {
      if (negative) throw NOT_CANONICAL; // -0, or a leading zero after the sign
      n = 0;
      c = text.charCodeAt(++i);
    } else if (c >= 0x31 && c <= 0x39) {
      n = c - 0x30;
      for (c = text.charCodeAt(++i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i)) n = n * 10 + (c - 0x30);
      if (n > Number.MAX_SAFE_INTEGER) throw NOT_CANONICAL;
    } else {
      throw NOT_CANONICAL;
    }
    // A digit after a leading 0 ("01"), a fraction or an exponent: not the shortest form.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2e /* . */ || c === 0x65 /* e */ || c === 0x45 /* E */) throw NOT_CANONICAL;
    this.at = i;
    return negative ? -n : n;
  }

  literal<T>(length: number, value: T): T {
    this.at += length;
    return value;
  }

  /** A string written exactly as `JSON.stringify` writes it, holding no lone surrogate. */
  string(): string {
    const { text } = this;
    const start = this.at;
    let i = start + 1;
    let escaped = false;
    for (;;) {
      PLAIN_RUN.lastIndex = i;
      PLAIN_RUN.test(text);
      i = PLAIN_RUN.lastIndex;
      const c = text.charCodeAt(i);
      if (c === 0x22 /* " */) break;
      if (c === 0x5c /* \ */) {
        i = this.escape(i);
        escaped = true;
      } else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        i += 2; // a surrogate pair: written as is
      } else {
        throw NOT_CANONICAL; // a lone surrogate, a raw control character, or the end of the text
      }
    }
    this.at = i + 1;
    // Without escapes the value is the text between the quotes; with them, JSON.parse decodes one
    // literal. A plain value as long as an id is given back flat: see MAX_FLAT_VALUE, KEPT_VALUES.
    if (escaped) return JSON.parse(text.slice(start, this.at)) as string;
    const length = i - start - 1;
    if (length < MIN_SLICE || length > MAX_FLAT_VALUE) return text.slice(start + 1, i);
    const slot = ((text.charCodeAt(start + 1) & 0x7f) << 7) | (text.charCodeAt(start + 2) & 0x7f);
    const known = KEPT_VALUES[slot];
    if (known !== undefined && known.length === length && text.startsWith(known, start + 1)) return known;
    return (KEPT_VALUES[slot] = JSON.parse(text.slice(start, this.at)) as string);
  }

  /**
   * A member name: as `string` reads it, but a short plain name read before is given back as
   * the string read then, rather than a new one (records repeat a few names over and over).
   */
  name(): string {
    const { text } = this;
    const start = this.at + 1;
    PLAIN_RUN.lastIndex = start;
    PLAIN_RUN.test(text);
    const end = PLAIN_RUN.lastIndex;
    const length = end - start;
    const first = text.charCodeAt(start);
    if (text.charCodeAt(end) !== 0x22 /* " */ || length === 0 || length > MAX_KEPT_NAME || first >= 0x80) return this.string();
    this.at = end + 1;
    const slot = first * MAX_KEPT_NAME + length - 1;
    const known = KEPT_NAMES[slot];
    if (known !== undefined && text.startsWith(known, start)) return known;
    // Shorter than 13 code units: a copy, never a slice that would keep `text` alive.
    return (KEPT_NAMES[slot] = text.slice(start, end));
  }

  /** The position after the escape at `i`, if it is one `JSON.stringify` writes. */
  escape(i: number): number {
    const { text } = this;
    const e = text.charCodeAt(i + 1);
    if (e === 0x75 /* u */) {
      // \u00XX, lowercase, only for control characters with no one-letter escape.
      const high = HEX.indexOf(text.slice(i + 4, i + 5));
      const low = HEX.indexOf(text.slice(i + 5, i + 6));
      if (!text.startsWith("00", i + 2) || high < 0 || low < 0 || high * 16 + low >= 0x20 || SHORT_ESCAPES.has(high * 16 + low)) throw NOT_CANONICAL;
      return i + 6;
    }
    for (const letter of SHORT_ESCAPES.values()) if (letter === e) return i + 2;
    throw NOT_CANONICAL;
  }

  /** After the `{`: members in strictly increasing order of their names. */
  object(depth: number): CanonicalValue {
    const { text } = this;
    const out: { [name: string]: CanonicalValue } = {};
    if (text.charCodeAt(this.at) === 0x7d /* } */) {
      this.at++;
      return out;
    }
    let previous: string | undefined;
    for (;;) {
      if (text.charCodeAt(this.at) !== 0x22) throw NOT_CANONICAL;
      const name = this.name();
      // "__proto__" would need defining rather than assigning: left to the slow way.
      if ((previous !== undefined && !(previous < name)) || name === "__proto__") throw NOT_CANONICAL;
      previous = name;
      if (text.charCodeAt(this.at) !== 0x3a /* : */) throw NOT_CANONICAL;
      this.at++;
      out[name] = this.value(depth);
      const next = text.charCodeAt(this.at++);
      if (next === 0x7d /* } */) return out;
      if (next !== 0x2c /* , */) throw NOT_CANONICAL;
    }
  }

  /** After the `[`. */
  array(depth: number): CanonicalValue {
    const items: CanonicalValue[] = [];
    if (this.text.charCodeAt(this.at) === 0x5d /* ] */) {
      this.at++;
      return items;
    }
    for (;;) {
      items.push(this.value(depth));
      const next = this.text.charCodeAt(this.at++);
      if (next === 0x5d /* ] */) return items;
      if (next !== 0x2c /* , */) throw NOT_CANONICAL;
    }
  }
}
