/**
 * A JSON reader (RFC 8259) that keeps every number as its source text, so that a fraction
 * written as `0.667` can be read exactly (PROTOCOL.md T18.3). Node 20's JSON.parse turns
 * numbers into floats before anyone sees their digits, and has no source-text access.
 * It also refuses duplicate member names, which JSON.parse silently resolves.
 */

/** A JSON number, as written. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** A JSON value whose numbers are kept as text. */
export type ExactJson = null | boolean | string | JsonNumber | ExactJson[] | { [name: string]: ExactJson };

/** Thrown for text that is not JSON; `offset` is where, in UTF-16 code units. */
export class ExactJsonError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(`${reason} at offset ${offset}`);
    this.name = "ExactJsonError";
  }
}

/** Most arrays and objects nested in one another; deeper input is refused rather than overflowing the stack. */
export const MAX_JSON_DEPTH = 64;

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERALS: readonly (readonly [string, boolean | null])[] = [
  ["true", true],
  ["false", false],
  ["null", null],
];
const ESCAPES: { readonly [c: string]: string } = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/**
 * Parses JSON text, keeping numbers as JsonNumber.
 * @throws {ExactJsonError} if the text is not exactly one JSON value (surrounding whitespace
 *   allowed), has a duplicate member name, or nests deeper than MAX_JSON_DEPTH.
 */
export function parseExactJson(text: string): ExactJson {
  let at = 0;
  const fail = (reason: string): never => {
    throw new ExactJsonError(reason, at);
  };
  const skipSpace = (): void => {
    while (at < text.length && " \t\n\r".includes(text[at] as string)) at++;
  };
  const expect = (literal: string): void => {
    if (!text.startsWith(literal, at)) fail(`expected ${JSON.stringify(literal)}`);
    at += literal.length;
  };

  const readString = (): string => {
    at++; // the opening quote
    let out = "";
    for (;;) {
      if (at >= text.length) fail("unterminated string");
      const c = text[at] as string;
      if (c === '"') {
        at++;
        return out;
      }
      if (c < " ") fail("control character in string");
      if (c !== "\\") {
        out += c;
        at++;
        continue;
      }
      const e = text[at + 1] ?? "";
      if (e === "u") {
        const hex = text.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("bad \\u escape");
        out += String.fromCharCode(parseInt(hex, 16));
        at += 6;
      } else {
        const escaped = ESCAPES[e];
        if (escaped === undefined) fail("bad escape");
        out += escaped;
        at += 2;
      }
    }
  };

  const readValue = (depth: number): ExactJson => {
    skipSpace();
    const c = text[at];
    if ((c === "{" || c === "[") && depth >= MAX_JSON_DEPTH) fail(`nested deeper than ${MAX_JSON_DEPTH}`);
    if (c === '"') return readString();
    if (c === "{") {
      at++;
      const entries: [string, ExactJson][] = [];
      const names = new Set<string>();
      skipSpace();
      if (text[at] === "}") {
        at++;
        return {};
      }
      for (;;) {
        skipSpace();
        if (text[at] !== '"') fail("expected a member name");
        const nameAt = at;
        const name = readString();
        if (names.has(name)) {
          at = nameAt;
          fail(`duplicate member name ${JSON.stringify(name)}`);
        }
        names.add(name);
        skipSpace();
        expect(":");
        entries.push([name, readValue(depth + 1)]);
        skipSpace();
        if (text[at] === ",") at++;
        else if (text[at] === "}") {
          at++;
          // fromEntries defines own properties, so a member named "__proto__" stays a member.
          return Object.fromEntries(entries);
        } else fail("expected , or }");
      }
    }
    if (c === "[") {
      at++;
      const items: ExactJson[] = [];
      skipSpace();
      if (text[at] === "]") {
        at++;
        return items;
      }
      for (;;) {
        items.push(readValue(depth + 1));
        skipSpace();
        if (text[at] === ",") at++;
        else if (text[at] === "]") {
          at++;
          return items;
        } else fail("expected , or ]");
      }
    }
    for (const [literal, value] of LITERALS) {
      if (c === literal[0]) {
        expect(literal);
        return value;
      }
    }
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (match === null) return fail(at >= text.length ? "unexpected end of input" : "unexpected character");
    at += match[0].length;
    return new JsonNumber(match[0]);
  };

  const value = readValue(0);
  skipSpace();
  if (at < text.length) fail("unexpected text after the value");
  return value;
}
