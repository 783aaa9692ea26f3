import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chatScenario, NAMES } from "../chat/test-helpers/chat-scenario.js";
import type { ChapterId } from "../records/ids.js";
import { aidVectorExpectations, aidVectorRecords } from "./test-helpers/aid-vector-records.js";
import { parsedVectorEntry, type VectorEntry } from "../records/test-helpers/vector-entry.js";

interface BoardVector {
  readonly people: Record<string, string>;
  readonly chapters: { readonly root: string; readonly north: ChapterId };
  readonly governance: readonly VectorEntry[];
  readonly records: readonly (VectorEntry & { readonly note: string })[];
  readonly expected: ReturnType<typeof aidVectorExpectations>;
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/aid/board.json", import.meta.url), "utf8")) as BoardVector;

describe("mutual-aid vectors (crdt/vectors/aid)", () => {
  it("[AID6] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    const s = await chatScenario();
    expect(Object.fromEntries(NAMES.map((name) => [name, s.key(name)]))).toEqual(vector.people);
    expect({ root: s.root, north: s.north }).toEqual(vector.chapters);
    expect(s.governance.map((r) => ({ id: r.id, text: r.text }))).toEqual(vector.governance);
    expect((await aidVectorRecords(s)).map(({ note, record }) => ({ note, id: record.id, text: record.text }))).toEqual(vector.records);
  });

  it("[AID4] [AID5.1] [AID5.2] the file's records, read from their texts, give the file's verdicts and boards", () => {
    expect(aidVectorExpectations(vector.governance.map(parsedVectorEntry), vector.records.map(parsedVectorEntry), vector.chapters.north)).toEqual(vector.expected);
    expect(new Set(Object.values(vector.expected.verdicts).map((verdict) => verdict.status))).toEqual(new Set(["valid", "not-member", "wrong-chapter", "not-author"]));
    expect(vector.expected.boardBefore.length - vector.expected.boardAfter.length).toBe(1);
  });
});
