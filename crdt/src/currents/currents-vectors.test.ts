import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import { CURRENTS_GENESIS_ACTOR, currentsDocumentUrl } from "./currents-document.js";
import { readCurrents } from "./read-currents.js";
import { currentsDocument, currentsOrganisation } from "./test-helpers/currents-organisation.js";
import { currentsVectorRecords } from "./test-helpers/currents-vector-records.js";
import { parsedVectorEntry, vectorEntryOf, type VectorEntry } from "../records/test-helpers/vector-entry.js";

interface CurrentsVector {
  readonly governance: readonly VectorEntry[];
  readonly document: { readonly root: string; readonly url: string; readonly genesisActor: string };
  readonly records: readonly (VectorEntry & { readonly note: string })[];
  readonly expected: { readonly verdicts: Readonly<Record<string, unknown>>; readonly currents: unknown };
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/currents/currents.json", import.meta.url), "utf8")) as CurrentsVector;

let s: ChatScenario;
beforeAll(async () => {
  s = await chatScenario();
});

describe("currents vectors (crdt/vectors/currents)", () => {
  it("[CU8] the scenario signs the same records again, byte for byte (deterministic signatures, S9), and the document is where CU1 says", async () => {
    const built = await currentsVectorRecords(s);
    expect(built.records.map(({ note, record }) => ({ note, ...vectorEntryOf(record) }))).toEqual(vector.records);
    expect([...s.governance, built.moderator].map(vectorEntryOf)).toEqual(vector.governance);
    expect(vector.document).toEqual({ root: s.root, url: currentsDocumentUrl(s.root), genesisActor: CURRENTS_GENESIS_ACTOR });
  });

  it("[CU2] [CU3] [CU4] [CU6] [CU7] the file's records, read from their texts in the Currents document, give the file's verdicts and currents", async () => {
    const moderator = parsedVectorEntry(vector.governance.at(-1)!);
    const records = vector.records.map(parsedVectorEntry);
    const read = await readCurrents(currentsOrganisation(s, [moderator]), s.root, currentsDocument(s, records), await createVerifier(), new VerifiedCache());
    const verdicts = Object.fromEntries(records.map((record) => [record.id, read.verdicts.get(record.id)]));
    expect(JSON.parse(JSON.stringify({ verdicts, currents: read.currents }))).toEqual(vector.expected);
    expect(new Set(Object.values(vector.expected.verdicts).map((v) => (v as { status: string }).status))).toEqual(new Set(["valid", "malformed", "wrong-context", "ineligible-signer", "missing-deps"]));
  });
});
