import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { isParsed, parseRecord, type ParsedRecord } from "../records/record.js";
import { northSite } from "./test-helpers/north-site.js";
import { siteVectorRecords } from "./test-helpers/site-vector-records.js";

interface Entry {
  readonly id: string;
  readonly text: string;
}
type Noted = Entry & { readonly note: string };
interface SiteVector {
  readonly governance: readonly Entry[];
  readonly facilitator: Entry;
  readonly decision: Entry;
  readonly category: Entry;
  readonly settings: readonly Noted[];
  readonly writings: readonly Noted[];
  readonly expected: { readonly verdicts: Readonly<Record<string, unknown>>; readonly site: unknown; readonly posts: readonly string[]; readonly topics: readonly string[] };
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/site/site.json", import.meta.url), "utf8")) as SiteVector;

function parsed(entry: Entry): ParsedRecord {
  const record = parseRecord(entry.text);
  if (!isParsed(record)) throw new Error(`vector record ${entry.id} does not parse`);
  expect(record.id).toBe(entry.id);
  return record;
}

let s: ChatScenario;
beforeAll(async () => {
  s = await chatScenario();
});

describe("site vectors (crdt/vectors/site)", () => {
  it("[SITE3] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    const built = await siteVectorRecords(s);
    const entry = (record: ParsedRecord) => ({ id: record.id, text: record.text });
    expect(s.governance.map(entry)).toEqual(vector.governance);
    expect([entry(built.facilitator), entry(built.decision), entry(built.category)]).toEqual([vector.facilitator, vector.decision, vector.category]);
    expect(built.settings.map(({ note, record }) => ({ note, ...entry(record) }))).toEqual(vector.settings);
    expect(built.writings.map(({ note, record }) => ({ note, ...entry(record) }))).toEqual(vector.writings);
  });

  it("[SITE1] [SITE2] the file's records, read from their texts, give the file's verdicts, setting in force, posts and topics", async () => {
    const got = await northSite(s, { facilitator: parsed(vector.facilitator), decision: parsed(vector.decision), category: parsed(vector.category), posts: [...vector.settings, ...vector.writings].map(parsed) });
    expect(JSON.parse(JSON.stringify(got))).toEqual(vector.expected);
  });
});
