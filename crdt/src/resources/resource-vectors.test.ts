import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chatScenario, NAMES } from "../chat/test-helpers/chat-scenario.js";
import type { ChapterId } from "../records/ids.js";
import { resourceVectorExpectations, resourceVectorRecords } from "./test-helpers/resource-vector-records.js";
import { parsedVectorEntry, type VectorEntry } from "../records/test-helpers/vector-entry.js";

interface LibraryVector {
  readonly people: Record<string, string>;
  readonly chapters: { readonly root: string; readonly north: ChapterId };
  readonly governance: readonly VectorEntry[];
  readonly records: readonly (VectorEntry & { readonly note: string })[];
  readonly expected: ReturnType<typeof resourceVectorExpectations>;
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/resources/library.json", import.meta.url), "utf8")) as LibraryVector;

describe("resources vectors (crdt/vectors/resources)", () => {
  it("[RS6] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    const s = await chatScenario();
    expect(Object.fromEntries(NAMES.map((name) => [name, s.key(name)]))).toEqual(vector.people);
    expect({ root: s.root, north: s.north }).toEqual(vector.chapters);
    expect(s.governance.map((r) => ({ id: r.id, text: r.text }))).toEqual(vector.governance);
    expect((await resourceVectorRecords(s)).map(({ note, record }) => ({ note, id: record.id, text: record.text }))).toEqual(vector.records);
  });

  it("[RS4] [RS5.1] the file's records, read from their texts, give the file's verdicts and library", () => {
    expect(resourceVectorExpectations(vector.governance.map(parsedVectorEntry), vector.records.map(parsedVectorEntry), vector.chapters.north)).toEqual(vector.expected);
    expect(new Set(Object.values(vector.expected.verdicts).map((verdict) => verdict.status))).toEqual(new Set(["valid", "ineligible-signer", "wrong-context", "malformed"]));
  });
});
