import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chatScenario, NAMES } from "../chat/test-helpers/chat-scenario.js";
import type { ChapterId } from "../records/ids.js";
import { projectVectorExpectations, projectVectorRecords } from "./test-helpers/project-vector-records.js";
import { parsedVectorEntry, type VectorEntry } from "../records/test-helpers/vector-entry.js";

interface BoardVector {
  readonly people: Record<string, string>;
  readonly chapters: { readonly root: string; readonly north: ChapterId };
  readonly governance: readonly VectorEntry[];
  readonly records: readonly (VectorEntry & { readonly note: string })[];
  readonly expected: ReturnType<typeof projectVectorExpectations>;
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/projects/board.json", import.meta.url), "utf8")) as BoardVector;

describe("projects vectors (crdt/vectors/projects)", () => {
  it("[PJ7] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    const s = await chatScenario();
    expect(Object.fromEntries(NAMES.map((name) => [name, s.key(name)]))).toEqual(vector.people);
    expect({ root: s.root, north: s.north }).toEqual(vector.chapters);
    expect(s.governance.map((r) => ({ id: r.id, text: r.text }))).toEqual(vector.governance);
    expect((await projectVectorRecords(s)).map(({ note, record }) => ({ note, id: record.id, text: record.text }))).toEqual(vector.records);
  });

  it("[PJ1] [PJ3] [PJ4] [PJ5] [PJ6.1] the file's records, read from their texts, give the file's verdicts and projects", () => {
    expect(projectVectorExpectations(vector.governance.map(parsedVectorEntry), vector.records.map(parsedVectorEntry), vector.chapters.north)).toEqual(vector.expected);
    expect(new Set(Object.values(vector.expected.verdicts).map((verdict) => verdict.status))).toEqual(new Set(["valid", "ineligible-signer"]));
  });
});
