import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tally } from "./tally.js";
import { TallyInputError } from "./tally-input-error.js";
import type { TallyInput } from "./types.js";

/** Known-answer cases in crdt/vectors/tally/*.json (sources in its README.md). */
interface VectorFile {
  readonly description: string;
  readonly sources: readonly string[];
  /** Each case has `expected` (part of the result) or `refused` (part of the refusal's message). */
  readonly cases: readonly { id: string; rules: string; name: string; input: TallyInput; expected?: object; refused?: string }[];
}

const folder = new URL("../../vectors/tally/", import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();

describe("tally known-answer vectors", () => {
  it("[T16] the vector folder holds the Schulze, Debian, Tennessee and boundary files", () => {
    expect(files).toEqual(expect.arrayContaining(["boundaries.json", "debian.json", "schulze.json", "tennessee.json"]));
  });
  for (const file of files) {
    const vectors = JSON.parse(readFileSync(new URL(file, folder), "utf8")) as VectorFile;
    for (const vector of vectors.cases) {
      it(`[${vector.rules}] ${file} ${vector.id}: ${vector.name}`, () => {
        if (vector.refused === undefined) expect(tally(vector.input)).toMatchObject(vector.expected ?? {});
        else {
          expect(() => tally(vector.input)).toThrow(TallyInputError);
          expect(() => tally(vector.input)).toThrow(vector.refused);
        }
        expect([vector.expected, vector.refused].filter((part) => part !== undefined)).toHaveLength(1);
      });
    }
  }
});
