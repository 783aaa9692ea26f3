import { readFileSync } from "node:fs";
import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { chatScenario } from "../chat/test-helpers/chat-scenario.js";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { CHAPTER_DOCUMENT, createChapterDoc } from "../documents/chapter.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../documents/organisation.js";
import { addRecord } from "../documents/record-map.js";
import type { ChapterId, DocumentUrl } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import { readForum } from "./read-forum.js";
import { forumVectorRecords } from "./test-helpers/forum-vector-records.js";
import { parsedVectorEntry, type VectorEntry } from "../records/test-helpers/vector-entry.js";

interface ForumVector {
  readonly governance: readonly VectorEntry[];
  readonly proposal: VectorEntry;
  readonly posts: readonly (VectorEntry & { readonly note: string })[];
  readonly expected: { readonly verdicts: Readonly<Record<string, { status: string; detail: string }>>; readonly forum: unknown };
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/forums/forum.json", import.meta.url), "utf8")) as ForumVector;

/** The forum North shows from the file's texts alone, and each record's verdict. */
async function forumOf(governance: readonly ParsedRecord[], posts: readonly ParsedRecord[], proposal: ParsedRecord) {
  const [rootGenesis, northGenesis, ...rest] = governance;
  const org = A.change(createOrganisationDoc(), (d) => [rootGenesis!, northGenesis!].forEach((record) => addRecord(d.chapters, record)));
  const north = A.change(createChapterDoc(), (d) => {
    for (const record of rest) addRecord(d.governance, record);
    for (const record of posts) addRecord(d.posts, record);
    addRecord(d.proposals, proposal);
  });
  const snapshots = {
    organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) },
    chapters: [{ url: (northGenesis!.envelope.body as { document: DocumentUrl }).document, snapshot: snapshotDocument(CHAPTER_DOCUMENT, north) }],
  };
  const forum = await readForum(snapshots, northGenesis!.id as ChapterId, await createVerifier(), new VerifiedCache());
  return {
    verdicts: Object.fromEntries(posts.map((record) => [record.id, forum.verdicts.get(record.id)])),
    forum: { categories: forum.categories, topics: forum.topics },
  };
}

describe("forum vectors (crdt/vectors/forums)", () => {
  let built: Awaited<ReturnType<typeof forumVectorRecords>>;
  beforeAll(async () => {
    built = await forumVectorRecords(await chatScenario());
  });

  it("[FO7] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", () => {
    expect(built.posts.map((entry) => ({ note: entry.note, id: entry.record.id, text: entry.record.text }))).toEqual(vector.posts);
    expect({ id: built.proposal.id, text: built.proposal.text }).toEqual(vector.proposal);
  });

  it("[FO1] [FO2] [FO3] [FO4] [FO6] the file's records, read from their texts, give the file's verdicts and forum", async () => {
    const got = await forumOf(vector.governance.map(parsedVectorEntry), vector.posts.map(parsedVectorEntry), parsedVectorEntry(vector.proposal));
    expect(JSON.parse(JSON.stringify(got))).toEqual(vector.expected);
    expect(new Set(Object.values(vector.expected.verdicts).map((v) => v.status))).toEqual(new Set(["valid", "malformed", "wrong-context", "ineligible-signer", "missing-deps"]));
  });
});
