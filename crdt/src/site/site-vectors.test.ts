import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { northSite } from "./test-helpers/north-site.js";
import { siteVectorRecords } from "./test-helpers/site-vector-records.js";
import { parsedVectorEntry, vectorEntryOf, type VectorEntry } from "../records/test-helpers/vector-entry.js";

type Noted = VectorEntry & { readonly note: string };
interface SiteVector {
  readonly governance: readonly VectorEntry[];
  readonly facilitator: VectorEntry;
  readonly decision: VectorEntry;
  readonly category: VectorEntry;
  readonly settings: readonly Noted[];
  readonly writings: readonly Noted[];
  readonly expected: {
    readonly verdicts: Readonly<Record<string, unknown>>;
    readonly site: unknown;
    readonly posts: readonly string[];
    readonly topics: readonly string[];
  };
}
const vector = JSON.parse(
  readFileSync(new URL("../../vectors/site/site.json", import.meta.url), "utf8"),
) as SiteVector;

let s: ChatScenario;
beforeAll(async () => {
  s = await chatScenario();
});

describe("site vectors (crdt/vectors/site)", () => {
  it("[SITE3] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    const built = await siteVectorRecords(s);
    expect(s.governance.map(vectorEntryOf)).toEqual(vector.governance);
    expect([vectorEntryOf(built.facilitator), vectorEntryOf(built.decision), vectorEntryOf(built.category)]).toEqual([
      vector.facilitator,
      vector.decision,
      vector.category,
    ]);
    expect(built.settings.map(({ note, record }) => ({ note, ...vectorEntryOf(record) }))).toEqual(vector.settings);
    expect(built.writings.map(({ note, record }) => ({ note, ...vectorEntryOf(record) }))).toEqual(vector.writings);
  });

  it("[SITE1] [SITE2] the file's records, read from their texts, give the file's verdicts, setting in force, posts and topics", async () => {
    const got = await northSite(s, {
      facilitator: parsedVectorEntry(vector.facilitator),
      decision: parsedVectorEntry(vector.decision),
      category: parsedVectorEntry(vector.category),
      posts: [...vector.settings, ...vector.writings].map(parsedVectorEntry),
    });
    expect(JSON.parse(JSON.stringify(got))).toEqual(vector.expected);
  });
});
