import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { createBallotBoxDoc } from "../documents/ballot-box.js";
import { createChapterDoc } from "../documents/chapter.js";
import { createConversationDoc } from "../documents/conversation.js";
import { createHomeDoc } from "../documents/home.js";
import { createOrganisationDoc } from "../documents/organisation.js";
import { createProfileDoc } from "../documents/profile.js";
import { createProposalDoc } from "../documents/proposal.js";
import { addRecord, type RecordMap } from "../documents/record-map.js";
import { createThreadDoc } from "../documents/thread.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { Verifier } from "../verify/verifier.js";
import {
  readBallotBoxRecords,
  readChapterRecords,
  readConversationRecords,
  readHomeRecords,
  readOrganisationRecords,
  readProfileRecords,
  readProposalRecords,
  readThreadRecords,
} from "./document-readers.js";
import { acceptAll, type DocumentRead } from "./read-document.js";
import { naclTestVerifier } from "./test-helpers/nacl-test-verifier.js";
import { signTest, testSigner } from "./test-helpers/test-records.js";

const someId = "A".repeat(43) as RecordId;

/** For each reader: a fresh document, the map to write into, a kind it holds, and the reader. */
const cases: [string, () => unknown, string, string, (doc: never, v: Verifier) => Promise<DocumentRead>][] = [
  ["organisation", () => createOrganisationDoc(), "chapters", "genesis", (d, v) => readOrganisationRecords(d, v, { authorise: acceptAll })],
  ["chapter", () => createChapterDoc(), "proposals", "proposal-stage", (d, v) => readChapterRecords(d, v, { authorise: acceptAll })],
  ["proposal", () => createProposalDoc(), "votes", "close", (d, v) => readProposalRecords(d, v, { authorise: acceptAll })],
  ["ballot box", () => createBallotBoxDoc({ open: someId, chapter: someId as ChapterId, shard: 0 }), "ballots", "ballot", (d, v) => readBallotBoxRecords(d, v, { authorise: acceptAll })],
  ["home", () => createHomeDoc(), "chapters", "home-chapter", (d, v) => readHomeRecords(d, v, { authorise: acceptAll })],
  ["thread", () => createThreadDoc(), "messages", "message", (d, v) => readThreadRecords(d, v, { authorise: acceptAll })],
  ["profile", () => createProfileDoc(), "profile", "profile", (d, v) => readProfileRecords(d, v, { authorise: acceptAll })],
  ["conversation", () => createConversationDoc(), "messages", "private-message", (d, v) => readConversationRecords(d, v, { authorise: acceptAll })],
];

describe("one reader per document type", () => {
  it.each(cases)("[D4] the %s reader accepts its own kinds and refuses a kind from elsewhere", async (_name, make, map, kind, reader) => {
    const alice = testSigner(1);
    const own = await signTest(alice, kind, { n: 1 });
    const foreign = await signTest(alice, kind === "admit" ? "ballot" : "admit", { n: 2 });
    const doc = A.change(make() as A.Doc<Record<string, RecordMap>>, (d) => {
      const target = d[map];
      if (target === undefined) throw new Error(`no map ${map}`);
      addRecord(target, own);
      addRecord(target, foreign);
    });
    const result = await reader(doc as never, naclTestVerifier());
    expect(result.records.map((r) => r.id)).toEqual([own.id]);
    expect(result.maps[map]?.map((r) => r.id)).toEqual([own.id]);
    expect(result.rejections.map((r) => [r.map, r.id, r.reason])).toEqual([[map, foreign.id, "unknown-kind"]]);
  });
});
