import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chatScenario, NAMES } from "../chat/test-helpers/chat-scenario.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import { assemblyDocumentUrl } from "./assembly-document-url.js";
import { assemblyVectorExpectations, assemblyVectorRecords } from "./test-helpers/assembly-scenario.js";
import { parsedVectorEntry, type VectorEntry } from "../records/test-helpers/vector-entry.js";

interface AssemblyVector {
  readonly people: Record<string, string>;
  readonly chapters: { readonly root: string; readonly north: ChapterId };
  readonly governance: readonly VectorEntry[];
  readonly assembly: RecordId;
  readonly document: string;
  readonly records: readonly (VectorEntry & { readonly note: string })[];
  readonly expected: ReturnType<typeof assemblyVectorExpectations>;
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/assemblies/assembly.json", import.meta.url), "utf8")) as AssemblyVector;

describe("assembly vectors (crdt/vectors/assemblies)", () => {
  it("[AS7] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    const s = await chatScenario();
    expect(Object.fromEntries(NAMES.map((name) => [name, s.key(name)]))).toEqual(vector.people);
    expect({ root: s.root, north: s.north }).toEqual(vector.chapters);
    expect(s.governance.map((r) => ({ id: r.id, text: r.text }))).toEqual(vector.governance);
    expect((await assemblyVectorRecords(s)).map(({ note, record }) => ({ note, id: record.id, text: record.text }))).toEqual(vector.records);
  });

  it("[AS1.1] the Assembly document's URL is derived from the assembly's id", () => {
    expect(assemblyDocumentUrl(vector.assembly)).toBe(vector.document);
  });

  it("[AS2] [AS3] [AS4] [AS5] [AS6] the file's records, read from their texts, give the file's verdicts, agenda, panel and speakers", () => {
    expect(assemblyVectorExpectations(vector.governance.map(parsedVectorEntry), vector.records.map(parsedVectorEntry), vector.chapters.north, vector.assembly)).toEqual(vector.expected);
    const statuses = new Set(Object.values(vector.expected.verdicts).map((verdict) => verdict?.status));
    expect(statuses).toEqual(new Set(["valid", "ineligible-signer", "wrong-context"]));
  });
});
