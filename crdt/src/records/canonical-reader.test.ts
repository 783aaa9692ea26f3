import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CanonicalError, canonicalize, parseCanonical } from "./canonical.js";
import { readCanonical } from "./canonical-reader.js";
import { parseStrictJson } from "./strict-json.js";

/**
 * R1.5 as written: a text is accepted when it is exactly the canonical form of what the strict
 * reader reads from it; the reason otherwise. The reference the fast path must agree with.
 */
function reference(text: string): { value: unknown } | { refused: string } {
  let value: unknown;
  try {
    value = parseStrictJson(text);
  } catch {
    return { refused: "unreadable" };
  }
  try {
    return canonicalize(value) === text ? { value } : { refused: "bytes differ" };
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

/** What parseCanonical says: the value, or its CanonicalError's reason. */
function outcome(text: string): { value: unknown } | { error: string } {
  try {
    return { value: parseCanonical(text) };
  } catch (error) {
    if (!(error instanceof CanonicalError)) throw error;
    return { error: error.reason };
  }
}

// JSON values with safe integers only, and strings that reach every escape, surrogate pairs and lone surrogates.
const text = fc.string({ unit: fc.oneof(fc.constantFrom('"', "\\", "\n", "\u0000", "\u001f", "\u007f", "\u2028", "/", "😀", "\ud800", "\udc00", "é"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 12 });
const value = fc.letrec((tie) => ({
  json: fc.oneof({ depthSize: "small" }, fc.constant(null), fc.boolean(), fc.maxSafeInteger(), fc.constantFrom(0, -1, 2 ** 53 - 1, -(2 ** 53) + 1), text, fc.array(tie("json"), { maxLength: 4 }), fc.dictionary(text, tie("json"), { maxKeys: 4 })),
})).json;

/** Small damage to a text: a character inserted, removed or replaced. */
const damaged = fc
  .tuple(value, fc.nat(), fc.constantFrom(" ", "0", "-", ".", "e", "\\", '"', "u", ",", "}", "]", "\ud800", "A"), fc.constantFrom("insert", "remove", "replace"))
  .map(([v, at, c, how]) => {
    let t: string;
    try {
      t = canonicalize(v);
    } catch {
      t = JSON.stringify(v);
    }
    const i = at % (t.length + 1);
    return how === "insert" ? t.slice(0, i) + c + t.slice(i) : how === "remove" ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + c + t.slice(i + 1);
  });

describe("the canonical fast path", () => {
  it("[R1.5] reads every canonical text to the value it encodes", () => {
    fc.assert(
      fc.property(value, (v) => {
        let t: string;
        try {
          t = canonicalize(v);
        } catch {
          return; // a lone surrogate: nothing canonical to read
        }
        if (t.includes('"__proto__"')) return; // left to the slow way on purpose
        expect({ value: readCanonical(t) }).toEqual(reference(t));
        expect(readCanonical(t)).toEqual(JSON.parse(t));
      }),
      { numRuns: 300 },
    );
  });

  it("[R1.5] accepts only what R1.5 accepts, with the same value; parseCanonical gives the same value or reason as before", () => {
    fc.assert(
      fc.property(fc.oneof(damaged, value.map((v) => JSON.stringify(v, null, 1) ?? "")), (t) => {
        const expected = reference(t);
        const fast = readCanonical(t);
        if (fast !== undefined) expect({ value: fast }).toEqual(expected);
        const got = outcome(t);
        if ("value" in expected) expect(got).toEqual(expected);
        else expect("error" in got).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("[R1.2] [R1.3] [R1.4] [R1.6] leaves every non-canonical text to the slow way, which names its rule", () => {
    const refused = [
      '{"b":1,"a":2}', // R1.1 order
      '{"a":1,"a":1}', // R1.4 duplicate
      '{"a":1, "b":2}', // whitespace
      '"\\u0041"', // an escape JSON.stringify does not write
      '"\\u001F"', // uppercase hex
      '"\\u000a"', // \n written long
      '"\\/"',
      '"\ud800"', // lone surrogate, raw
      '"\\ud800"', // lone surrogate, escaped
      "1.0",
      "1e2",
      "-0",
      "01",
      "9007199254740992", // 2^53
      "9007199254740993", // past 2^53, read as its double 2^53
      "-9007199254740992",
      "99999999999999999999",
      "-01",
      "-",
      "-a",
      "1E2",
      "[0,01]",
      '{"a":00}',
      `${"[".repeat(33)}${"]".repeat(33)}`, // R1.6
      '{"__proto__":1}',
      "",
      "tru",
      "[1,]",
    ];
    for (const t of refused) expect(readCanonical(t), t).toBeUndefined();
    expect(outcome('{"b":1,"a":2}')).toEqual({ error: "bytes differ from the canonical form" });
    expect(outcome("1.5")).toEqual({ error: "number 1.5 is not a safe integer" });
    expect(outcome('"\\ud800"')).toEqual({ error: "string holds a lone surrogate" });
    expect(outcome('{"a":1,"a":1}')).toEqual({ error: 'duplicate member name "a"' });
    expect(outcome('{"__proto__":1}')).toEqual({ value: JSON.parse('{"__proto__":1}') as unknown });
  });

  it("[R1.2] [R1.6] reads the edges canonical JSON allows: 32 nested arrays, every control escape, surrogate pairs, 2^53 - 1", () => {
    const edges = ["0", "[0,-1,10,9007199254740991]", '{"a":-5,"b":0}', `${"[".repeat(32)}${"]".repeat(32)}`, canonicalize(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i))), '"😀"', "-9007199254740991", '{"":[true,false,null],"a":"\\"\\\\"}'];
    for (const t of edges) expect(readCanonical(t), t).toEqual(JSON.parse(t));
  });
});

describe("the canonical fast path's id-like values (13 to 64 code units, kept and given back when repeated)", () => {
  // Few letters, so that values share their first two code units (one kept slot) and differ later,
  // or differ only in length; some are longer than kept values, some escaped, some non-ASCII.
  const idLike = fc.string({ unit: fc.constantFrom("a", "b", "é", "ā", '"'), minLength: 11, maxLength: 70 });

  it("[R1.5] reads every value to itself, whichever value was read before it", () => {
    fc.assert(
      fc.property(fc.array(fc.array(idLike, { maxLength: 6 }), { minLength: 1, maxLength: 6 }), (texts) => {
        for (const values of texts) {
          const record = canonicalize({ deps: values, id: values[0] ?? "" });
          expect(readCanonical(record)).toEqual({ deps: values, id: values[0] ?? "" });
        }
      }),
      { numRuns: 300 },
    );
  });

  it("[R1.5] reads a value that shares its first code units and length with the one kept, but not its rest", () => {
    const kept = "aa" + "b".repeat(41);
    const other = "aa" + "b".repeat(40) + "c";
    expect(readCanonical(JSON.stringify([kept, other, kept, "aa" + "b".repeat(42)]))).toEqual([kept, other, kept, "aa" + "b".repeat(42)]);
  });
});
