import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { blogOrganisation, chapterDoc } from "../blog/test-helpers/blog-organisation.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { acceptAll, readSnapshot } from "../chokepoint/read-document.js";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import { isParsed, parseRecord, type ParsedRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import { readDissents, readLinkedDissents } from "./read-dissents.js";
import { dissentVectorRecords, LINKED_CURRENT } from "./test-helpers/dissent-vector-records.js";

interface DissentVector {
  readonly governance: readonly { readonly id: string; readonly text: string }[];
  readonly decisions: readonly { readonly note: string; readonly id: string; readonly text: string }[];
  readonly expected: { readonly verdicts: Readonly<Record<string, unknown>>; readonly rejections: unknown; readonly byDecision: unknown; readonly linked: unknown };
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/dissent/dissent.json", import.meta.url), "utf8")) as DissentVector;

function parsed(entry: { readonly id: string; readonly text: string }): ParsedRecord {
  const record = parseRecord(entry.text);
  if (!isParsed(record)) throw new Error(`vector record ${entry.id} does not parse`);
  expect(record.id).toBe(entry.id);
  return record;
}

let s: ChatScenario;
beforeAll(async () => {
  s = await chatScenario();
});

describe("dissent vectors (crdt/vectors/dissent)", () => {
  it("[DS1] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    expect(await dissentVectorRecords(s)).toEqual(vector.decisions);
    expect(s.governance.map((record) => ({ id: record.id, text: record.text }))).toEqual(vector.governance);
  });

  it("[DS1] [DS1.5] [DS2] [DS3] [DS4] [DS6] [D3.6] the file's records, read from their texts in North's decisions log, give the file's verdicts, refusals and dissents: a forged dissent is refused, a dissent hidden for abuse is still listed, hidden, its text kept", async () => {
    const records = vector.decisions.map(parsed);
    const north = chapterDoc(s, { decisions: records }, true);
    const read = await readDissents(blogOrganisation(s, north), s.north, await createVerifier(), new VerifiedCache());
    const checked = await readSnapshot(CHAPTER_DOCUMENT, snapshotDocument(CHAPTER_DOCUMENT, north), await createVerifier(), { authorise: acceptAll });
    const linked = await readLinkedDissents(blogOrganisation(s, north), LINKED_CURRENT, await createVerifier(), new VerifiedCache());
    const got = {
      verdicts: Object.fromEntries(records.filter((record) => read.verdicts.has(record.id)).map((record) => [record.id, read.verdicts.get(record.id)])),
      rejections: checked.rejections.map(({ map, key, reason }) => ({ map, key, reason })),
      byDecision: Object.fromEntries(read.byDecision),
      linked,
    };
    expect(JSON.parse(JSON.stringify(got))).toEqual(vector.expected);
    expect(new Set(Object.values(vector.expected.verdicts).map((v) => (v as { status: string }).status))).toEqual(new Set(["valid", "malformed", "wrong-context", "ineligible-signer", "missing-deps"]));
  });
});
