/**
 * The one strict JSON reader (RFC 8259) every JSON input goes through (PROTOCOL.md R1.4, R1.6):
 * record texts (`parseCanonical`), vote bundles (V10.4), tally input (T18.2), settings files.
 *
 * Unlike `JSON.parse` it refuses duplicate member names (which `JSON.parse` resolves silently,
 * the last one winning) and nesting deeper than a limit, before building anything deeper, so a
 * hostile text costs memory in proportion to its length (`JSON.parse` of 40 MB of `[` peaks at
 * about 2 GB). It can also keep every number as its source text (T18.3): Node 20's `JSON.parse`
 * turns numbers into floats before anyone sees their digits.
 */

/** A JSON number, as written. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** A JSON value whose numbers are read as `N`. */
export type StrictJson<N = number> = null | boolean | string | N | StrictJson<N>[] | { [name: string]: StrictJson<N> };

/** Why the reader refused a text: not JSON at all, a duplicate member name (R1.4), too deep (R1.6). */
export type StrictJsonRefusal = "not-json" | "duplicate-name" | "too-deep";

/** Thrown for text that is not JSON, or that the reader refuses; `offset` is where, in UTF-16 code units. */
export class StrictJsonError extends Error {
  constructor(
    readonly code: StrictJsonRefusal,
    readonly reason: string,
    readonly offset: number,
  ) {
    super(`${reason} at offset ${offset}`);
    this.name = "StrictJsonError";
  }
}

/** Deepest nesting accepted by default: R1.6, counted in arrays and objects (containers). */
export const MAX_JSON_DEPTH = 32;

/** What to read, and how. */
export interface StrictJsonOptions<N> {
  /**
   * Most arrays and objects nested in one another (R1.6: the outermost counts 1; scalars do not
   * count). Default MAX_JSON_DEPTH.
   */
  readonly maxDepth?: number;
  /** Turns a number token (its exact text) into a value. Default `Number`, as `JSON.parse` does. */
  readonly number?: (text: string) => N;
  /**
   * Give string values as strings of their own rather than slices of `text`. V8 keeps the whole
   * of a text alive while any slice of it is: set this when a few values outlive a large text
   * (a vote bundle's document URLs would otherwise hold its hundred megabytes). Member names are
   * copied anyway (V8 interns them). Default false.
   */
  readonly detachStrings?: boolean;
}

/** A string with no escape and no control character: its value is the text between its quotes. */
const PLAIN_STRING = /"[\u0020\u0021\u0023-\u005b\u005d-\uffff]*"/y;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Parses JSON text strictly (RFC 8259 grammar; whitespace around the value allowed; lone
 * surrogates in strings are read as `JSON.parse` reads them).
 * @throws {StrictJsonError} if the text is not exactly one JSON value, has a duplicate member
 *   name in any object, or nests arrays and objects deeper than `maxDepth`.
 */
export function parseStrictJson<N = number>(text: string, options: StrictJsonOptions<N> = {}): StrictJson<N> {
  if (typeof text !== "string") throw new StrictJsonError("not-json", "input is not a string", 0);
  const reader = new StrictJsonReader(text, options);
  const value = reader.value(0);
  reader.skipSpace();
  if (reader.at < text.length) reader.fail("unexpected text after the value");
  return value;
}

/**
 * One reading: the text, the position, and a recursive-descent method per JSON production. A
 * caller that hands on the parts of a large text as they are read (a vote bundle's documents,
 * `VoteBundleReading`) walks its outer containers itself and reads each part with `value`, at
 * the depth of the containers around it: exactly what `parseStrictJson` reads there. Every method
 * throws StrictJsonError where `parseStrictJson` would.
 */
export class StrictJsonReader<N = number> {
  /** Where the reading is, in UTF-16 code units. */
  at = 0;
  readonly maxDepth: number;
  readonly number: (text: string) => N;
  readonly detachStrings: boolean;

  constructor(
    readonly text: string,
    options: StrictJsonOptions<N> = {},
  ) {
    this.maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
    this.number = options.number ?? (Number as unknown as (text: string) => N);
    this.detachStrings = options.detachStrings === true;
  }

  fail(reason: string, where = this.at, code: StrictJsonRefusal = "not-json"): never {
    throw new StrictJsonError(code, reason, where);
  }

  skipSpace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.at);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      this.at++;
    }
  }

  /** A value whose enclosing arrays and objects number `depth`. */
  value(depth: number): StrictJson<N> {
    this.skipSpace();
    const c = this.text.charCodeAt(this.at);
    switch (c) {
      case QUOTE:
        return this.string(this.detachStrings);
      case 0x7b /* { */:
      case 0x5b /* [ */:
        if (depth >= this.maxDepth) this.fail(`nested deeper than ${this.maxDepth}`, this.at, "too-deep");
        this.at++;
        this.skipSpace();
        return c === 0x7b ? this.object(depth + 1) : this.array(depth + 1);
      case 0x74 /* t */:
        return this.literal("true", true);
      case 0x66 /* f */:
        return this.literal("false", false);
      case 0x6e /* n */:
        return this.literal("null", null);
      default:
        return this.numberToken();
    }
  }

  /** A string; with `detach`, one of its own rather than a slice of the text. */
  string(detach = false): string {
    const { text } = this;
    const start = this.at;
    PLAIN_STRING.lastIndex = start;
    if (PLAIN_STRING.test(text)) {
      this.at = PLAIN_STRING.lastIndex;
      const value = text.slice(start + 1, this.at - 1);
      // Written out and read back: a new string (JSON.parse of the slice alone may still point
      // into the text, as V8 reads a slice's parent).
      return detach ? (JSON.parse(JSON.stringify(value)) as string) : value;
    }
    // The closing quote is the first one after an even number of backslashes.
    let end = start;
    for (;;) {
      end = text.indexOf('"', end + 1);
      if (end < 0) return this.fail("unterminated string", start);
      let backslashes = 0;
      while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) break;
    }
    this.at = end + 1;
    // One string literal: JSON.parse decodes its escapes natively and refuses what RFC 8259
    // refuses (control characters, bad escapes).
    try {
      return JSON.parse(text.slice(start, end + 1)) as string;
    } catch {
      return this.fail("control character or bad escape in string", start);
    }
  }

  digits(): number {
    const start = this.at;
    for (let c = this.text.charCodeAt(this.at); c >= 0x30 && c <= 0x39; c = this.text.charCodeAt(++this.at));
    return this.at - start;
  }

  /** RFC 8259 §6: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. */
  numberToken(): N {
    const { text } = this;
    const start = this.at;
    if (text.charCodeAt(this.at) === 0x2d /* - */) this.at++;
    if (text.charCodeAt(this.at) === 0x30 /* 0 */) this.at++;
    else if (this.digits() === 0) this.fail(this.at >= text.length ? "unexpected end of input" : "unexpected character");
    if (text.charCodeAt(this.at) === 0x2e /* . */) {
      this.at++;
      if (this.digits() === 0) this.fail("expected a digit");
    }
    const e = text.charCodeAt(this.at);
    if (e === 0x65 /* e */ || e === 0x45 /* E */) {
      const sign = text.charCodeAt(++this.at);
      if (sign === 0x2b /* + */ || sign === 0x2d /* - */) this.at++;
      if (this.digits() === 0) this.fail("expected a digit");
    }
    return this.number(text.slice(start, this.at));
  }

  literal<T>(literal: string, value: T): T {
    if (!this.text.startsWith(literal, this.at)) this.fail("unexpected character");
    this.at += literal.length;
    return value;
  }

  /** After the `{` and any whitespace. */
  object(depth: number): StrictJson<N> {
    const { text } = this;
    const out: { [name: string]: StrictJson<N> } = {};
    if (text.charCodeAt(this.at) === 0x7d /* } */) {
      this.at++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (text.charCodeAt(this.at) !== QUOTE) this.fail("expected a member name");
      const nameAt = this.at;
      const name = this.string();
      if (Object.prototype.hasOwnProperty.call(out, name)) this.fail(`duplicate member name ${JSON.stringify(name)}`, nameAt, "duplicate-name");
      this.skipSpace();
      if (text.charCodeAt(this.at) !== 0x3a /* : */) this.fail('expected ":"');
      this.at++;
      const value = this.value(depth);
      // Assigning "__proto__" would set the prototype: define it, so it stays an ordinary member.
      if (name === "__proto__") Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
      this.skipSpace();
      const next = text.charCodeAt(this.at++);
      if (next === 0x7d /* } */) return out;
      if (next !== 0x2c /* , */) this.fail("expected , or }", this.at - 1);
    }
  }

  /** After the `[` and any whitespace. */
  array(depth: number): StrictJson<N> {
    const items: StrictJson<N>[] = [];
    if (this.text.charCodeAt(this.at) === 0x5d /* ] */) {
      this.at++;
      return items;
    }
    for (;;) {
      items.push(this.value(depth));
      this.skipSpace();
      const next = this.text.charCodeAt(this.at++);
      if (next === 0x5d /* ] */) return items;
      if (next !== 0x2c /* , */) this.fail("expected , or ]", this.at - 1);
    }
  }
}
