import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tally } from "./tally.js";
import type { TallyInput } from "./types.js";

/** Known-answer cases in crdt/vectors/tally/*.json (sources in its README.md). */
interface VectorFile {
  readonly description: string;
  readonly sources: readonly string[];
  readonly cases: readonly { id: string; rules: string; name: string; input: TallyInput; expected: object }[];
}

const folder = new URL("../../vectors/tally/", import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();

describe("tally known-answer vectors", () => {
  it("[T16] the vector folder holds the Schulze, Tennessee and boundary files", () => {
    expect(files).toEqual(expect.arrayContaining(["boundaries.json", "schulze.json", "tennessee.json"]));
  });
  for (const file of files) {
    const vectors = JSON.parse(readFileSync(new URL(file, folder), "utf8")) as VectorFile;
    for (const vector of vectors.cases) {
      it(`[${vector.rules}] ${file} ${vector.id}: ${vector.name}`, () => {
        expect(tally(vector.input)).toMatchObject(vector.expected);
      });
    }
  }
});
