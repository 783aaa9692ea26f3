import { readFileSync } from "node:fs";
import { sha256 } from "@noble/hashes/sha2.js";
import { describe, expect, it } from "vitest";
import { chatScenario, NAMES } from "../chat/test-helpers/chat-scenario.js";
import { toBase64url } from "../encoding/base64url.js";
import { canonicalize, parseCanonical } from "../records/canonical.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import { isParsed, parseRecord, type ParsedRecord } from "../records/record.js";
import { minutesVectorExpectations, minutesVectorRecords } from "./test-helpers/minutes-scenario.js";

interface Entry {
  readonly id: string;
  readonly text: string;
}
interface MinutesVector {
  readonly people: Record<string, string>;
  readonly chapters: { readonly root: string; readonly north: ChapterId };
  readonly governance: readonly Entry[];
  readonly assembly: RecordId;
  readonly records: readonly (Entry & { readonly note: string })[];
  readonly expected: ReturnType<typeof minutesVectorExpectations>;
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/assemblies/minutes.json", import.meta.url), "utf8")) as MinutesVector;

function parsed(entry: Entry): ParsedRecord {
  const record = parseRecord(entry.text);
  if (!isParsed(record)) throw new Error(`vector record ${entry.id} does not parse`);
  return record;
}

describe("paper results and minutes vectors (crdt/vectors/assemblies/minutes.json)", () => {
  it("[AS9] [AS10] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    const s = await chatScenario();
    expect(Object.fromEntries(NAMES.map((name) => [name, s.key(name)]))).toEqual(vector.people);
    expect(s.governance.map((r) => ({ id: r.id, text: r.text }))).toEqual(vector.governance);
    expect((await minutesVectorRecords(s)).map(({ note, record }) => ({ note, id: record.id, text: record.text }))).toEqual(vector.records);
  });

  it("[AS9.1] [AS9.2] [AS9.3] [AS9.4] [AS10.1] [AS10.2] [AS10.3] [AS10.5] the file's records, read from their texts, give the file's verdicts, results and minutes", () => {
    expect(minutesVectorExpectations(vector.governance.map(parsed), vector.records.map(parsed), vector.chapters.north, vector.assembly)).toEqual(vector.expected);
    expect(new Set(vector.expected.results.map((result) => result.status))).toEqual(new Set(["confirmed", "unconfirmed", "disputed"]));
    expect(vector.expected.minutes.signed).toBe(true);
  });

  it("[AS10.4] an outsider checks the signed minutes: the text is canonical JSON and its digest the base64url of SHA-256 of its UTF-8", () => {
    const { text, digest, signatures } = vector.expected.minutes;
    expect(canonicalize(parseCanonical(text))).toBe(text);
    expect(toBase64url(sha256(new TextEncoder().encode(text)))).toBe(digest);
    expect(signatures.chair?.digest).toBe(digest);
    expect(signatures.secretary?.digest).toBe(digest);
  });
});
