import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { blogOrganisation } from "../blog/test-helpers/blog-organisation.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import { readModerationLog } from "./read-moderation-log.js";
import { moderationLogDocument } from "./test-helpers/moderation-log-document.js";
import { moderationVectorRecords } from "./test-helpers/moderation-vector-records.js";
import { parsedVectorEntry, vectorEntryOf, type VectorEntry } from "../records/test-helpers/vector-entry.js";

interface ModerationVector {
  readonly governance: readonly VectorEntry[];
  readonly posts: readonly VectorEntry[];
  readonly log: readonly (VectorEntry & { readonly note: string })[];
  readonly expected: { readonly verdicts: Readonly<Record<string, unknown>>; readonly entries: unknown };
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/moderation/moderation.json", import.meta.url), "utf8")) as ModerationVector;

let s: ChatScenario;
beforeAll(async () => {
  s = await chatScenario();
});

describe("moderation vectors (crdt/vectors/moderation)", () => {
  it("[MOD2] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    const built = await moderationVectorRecords(s);
    expect(built.log.map(({ note, record }) => ({ note, ...vectorEntryOf(record) }))).toEqual(vector.log);
    expect(built.posts.map(vectorEntryOf)).toEqual(vector.posts);
    expect(s.governance.map(vectorEntryOf)).toEqual(vector.governance);
  });

  it("[MOD2] [MOD3] the file's records, read from their texts in North's documents and log, give the file's verdicts and entries: a hide with its reason, a hide by a non-moderator refused, a hide of a blog comment", async () => {
    const log = vector.log.map(parsedVectorEntry);
    const read = await readModerationLog(blogOrganisation(s, { posts: vector.posts.map(parsedVectorEntry) }), s.north, moderationLogDocument(s, log), await createVerifier(), new VerifiedCache());
    const verdicts = Object.fromEntries(log.map((record) => [record.id, read.verdicts.get(record.id)]));
    expect(JSON.parse(JSON.stringify({ verdicts, entries: read.entries }))).toEqual(vector.expected);
    expect(new Set(Object.values(vector.expected.verdicts).map((v) => (v as { status: string }).status))).toEqual(new Set(["valid", "wrong-context", "ineligible-signer"]));
  });
});
