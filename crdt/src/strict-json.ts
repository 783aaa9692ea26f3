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
}

/** Strings up to this long are checked here; longer ones are decoded by the engine. */
const SHORT_STRING = 48;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Parses JSON text strictly (RFC 8259 grammar; whitespace around the value allowed; lone
 * surrogates in strings are read as `JSON.parse` reads them).
 * @throws {StrictJsonError} if the text is not exactly one JSON value, has a duplicate member
 *   name in any object, or nests arrays and objects deeper than `maxDepth`.
 */
export function parseStrictJson<N = number>(text: string, options: StrictJsonOptions<N> = {}): StrictJson<N> {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const number = options.number ?? (Number as unknown as (text: string) => N);
  let at = 0;
  const fail = (reason: string, where = at, code: StrictJsonRefusal = "not-json"): never => {
    throw new StrictJsonError(code, reason, where);
  };
  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(at);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      at++;
    }
  };

  const readString = (): string => {
    const start = at;
    // The closing quote is the first one after an even number of backslashes (native search).
    let end = start;
    do {
      end = text.indexOf('"', end + 1);
      if (end < 0) return fail("unterminated string", start);
    } while (escaped(end));
    at = end + 1;
    if (end - start <= SHORT_STRING) {
      let plain = true;
      for (let i = start + 1; i < end && plain; i++) plain = text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) !== BACKSLASH;
      if (plain) return text.slice(start + 1, end);
    }
    // One string literal: JSON.parse decodes its escapes natively and refuses what RFC 8259
    // refuses (control characters, bad escapes); its value is a copy, not a slice of `text`.
    try {
      return JSON.parse(text.slice(start, end + 1)) as string;
    } catch {
      return fail("control character or bad escape in string", start);
    }
  };

  const escaped = (quote: number): boolean => {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    return backslashes % 2 === 1;
  };

  const digits = (): number => {
    const start = at;
    for (let c = text.charCodeAt(at); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++at));
    return at - start;
  };

  /** RFC 8259 §6: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. */
  const readNumber = (): N => {
    const start = at;
    if (text.charCodeAt(at) === 0x2d /* - */) at++;
    if (text.charCodeAt(at) === 0x30 /* 0 */) at++;
    else if (digits() === 0) fail(at >= text.length ? "unexpected end of input" : "unexpected character");
    if (text.charCodeAt(at) === 0x2e /* . */) {
      at++;
      if (digits() === 0) fail("expected a digit");
    }
    const e = text.charCodeAt(at);
    if (e === 0x65 /* e */ || e === 0x45 /* E */) {
      const sign = text.charCodeAt(++at);
      if (sign === 0x2b /* + */ || sign === 0x2d /* - */) at++;
      if (digits() === 0) fail("expected a digit");
    }
    return number(text.slice(start, at));
  };

  const readLiteral = <T>(literal: string, value: T): T => {
    if (!text.startsWith(literal, at)) fail("unexpected character");
    at += literal.length;
    return value;
  };

  const readValue = (depth: number): StrictJson<N> => {
    skipSpace();
    const c = text.charCodeAt(at);
    switch (c) {
      case QUOTE:
        return readString();
      case 0x7b /* { */:
      case 0x5b /* [ */:
        if (depth >= maxDepth) fail(`nested deeper than ${maxDepth}`, at, "too-deep");
        at++;
        skipSpace();
        return c === 0x7b ? readObject(depth + 1) : readArray(depth + 1);
      case 0x74 /* t */:
        return readLiteral("true", true);
      case 0x66 /* f */:
        return readLiteral("false", false);
      case 0x6e /* n */:
        return readLiteral("null", null);
      default:
        return readNumber();
    }
  };

  const readObject = (depth: number): StrictJson<N> => {
    const out: { [name: string]: StrictJson<N> } = {};
    if (text.charCodeAt(at) === 0x7d /* } */) {
      at++;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text.charCodeAt(at) !== QUOTE) fail("expected a member name");
      const nameAt = at;
      const name = readString();
      if (Object.prototype.hasOwnProperty.call(out, name)) fail(`duplicate member name ${JSON.stringify(name)}`, nameAt, "duplicate-name");
      skipSpace();
      if (text.charCodeAt(at) !== 0x3a /* : */) fail('expected ":"');
      at++;
      const value = readValue(depth);
      // Assigning "__proto__" would set the prototype: define it, so it stays an ordinary member.
      if (name === "__proto__") Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
      skipSpace();
      const next = text.charCodeAt(at++);
      if (next === 0x7d /* } */) return out;
      if (next !== 0x2c /* , */) fail("expected , or }", at - 1);
    }
  };

  const readArray = (depth: number): StrictJson<N> => {
    const items: StrictJson<N>[] = [];
    if (text.charCodeAt(at) === 0x5d /* ] */) {
      at++;
      return items;
    }
    for (;;) {
      items.push(readValue(depth));
      skipSpace();
      const next = text.charCodeAt(at++);
      if (next === 0x5d /* ] */) return items;
      if (next !== 0x2c /* , */) fail("expected , or ]", at - 1);
    }
  };

  if (typeof text !== "string") return fail("input is not a string", 0);
  const value = readValue(0);
  skipSpace();
  if (at < text.length) fail("unexpected text after the value");
  return value;
}
