import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ChapterId } from "../records/ids.js";
import { duesScenario, NAMES } from "./test-helpers/dues-scenario.js";
import { duesVectorExpectations, duesVectorRecords } from "./test-helpers/dues-vector-records.js";
import { parsedVectorEntry, type VectorEntry } from "../records/test-helpers/vector-entry.js";

interface LedgerVector {
  readonly people: Record<string, string>;
  readonly chapters: { readonly root: string; readonly city: string; readonly north: ChapterId };
  readonly held: readonly VectorEntry[];
  readonly records: readonly (VectorEntry & { readonly note: string })[];
  readonly expected: ReturnType<typeof duesVectorExpectations>;
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/dues/ledger.json", import.meta.url), "utf8")) as LedgerVector;

describe("dues vectors (crdt/vectors/dues)", () => {
  it("[DU7] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    const s = await duesScenario();
    expect(Object.fromEntries(NAMES.map((name) => [name, s.key(name)]))).toEqual(vector.people);
    expect({ root: s.root, city: s.city, north: s.north }).toEqual(vector.chapters);
    expect(s.held.map((r) => ({ id: r.id, text: r.text }))).toEqual(vector.held);
    expect((await duesVectorRecords(s)).map(({ note, record }) => ({ note, id: record.id, text: record.text }))).toEqual(vector.records);
  });

  it("[DU4] [DU5] [DU6] the file's records, read from their texts, give the file's verdicts, ledger and CSV", () => {
    const expected = duesVectorExpectations(vector.held.map(parsedVectorEntry), vector.records.map(parsedVectorEntry), vector.chapters.north);
    expect(expected).toEqual(vector.expected);
    expect(new Set(Object.values(vector.expected.verdicts).map((verdict) => verdict.status))).toEqual(new Set(["valid", "no-decision", "not-treasurer", "not-member", "wrong-chapter"]));
    // 0.10 + 0.20 + the corrected 10.01 (not the 100.00 it replaces) − 3.50 − 2.50.
    expect(vector.expected.currencies).toEqual([{ currency: "EUR", balance: "431", totals: { payment: "1031", disbursement: "350", "passed-up": "250", "from-below": "0" } }]);
  });
});
