import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { CHAPTER_DOCUMENT, createChapterDoc } from "../documents/chapter.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../documents/organisation.js";
import { addRecord } from "../documents/record-map.js";
import { THREAD_DOCUMENT, type ThreadDoc } from "../documents/thread.js";
import type { DocumentUrl } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { acceptAll, readSnapshot, type DocumentRead } from "../chokepoint/read-snapshot.js";
import { organisationDocuments, type OrganisationSnapshots, type TypedSnapshot } from "../report/read-proposals.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import type { Verifier } from "../verify/verifier.js";
import { messageDraft, threadDraft } from "./chat-records.js";
import { generalRoom } from "./general-room.js";
import { readChapterRooms, readRoom, readRoomsBelow } from "./read-room.js";
import { threadGenesis, threadPageUrl } from "./thread-page-document.js";
import { chatScenario, type ChatScenario } from "./test-helpers/chat-scenario.js";

let s: ChatScenario;
let verifier: Verifier;
beforeAll(async () => {
  s = await chatScenario();
  verifier = await createVerifier();
});

/** The organisation's documents: the chapters' genesis records, and North's governance with `threads`. */
function organisation(threads: readonly ParsedRecord[]): OrganisationSnapshots {
  const [rootGenesis, northGenesis, ...governance] = s.governance;
  const documentOf = (genesis: ParsedRecord) => (genesis.envelope.body as { document: DocumentUrl }).document;
  const org = A.change(createOrganisationDoc(), (d) => [rootGenesis!, northGenesis!].forEach((record) => addRecord(d.chapters, record)));
  const north = A.change(createChapterDoc(), (d) => {
    for (const record of governance) addRecord(d.governance, record);
    for (const record of threads) addRecord(d.threads, record);
  });
  return {
    organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) },
    chapters: [{ url: documentOf(northGenesis!), snapshot: snapshotDocument(CHAPTER_DOCUMENT, north) }],
  };
}

const page = (records: readonly ParsedRecord[]) =>
  snapshotDocument(THREAD_DOCUMENT, A.change(A.load<ThreadDoc>(threadGenesis()), (d) => records.forEach((record) => addRecord(d.messages, record))));

describe("reading rooms from the organisation's documents", () => {
  it("[CH2] [CH2.4] a chapter's rooms are its general room, then the valid rooms of its threads index by name", async () => {
    const garden = await s.sign("bob", threadDraft({ chapter: s.north, name: "Garden", access: "subtree" }, [s.grants.bob]), 5);
    const bikes = await s.sign("carol", threadDraft({ chapter: s.north, name: "Bikes", access: "chapter" }, [s.grants.carol]), 6);
    const byErin = await s.sign("erin", threadDraft({ chapter: s.north, name: "Spam", access: "chapter" }, []), 7);
    const rooms = await readChapterRooms(organisation([garden, byErin, bikes]), s.north, verifier, new VerifiedCache());
    expect(rooms.map((room) => [room.id, room.name])).toEqual([[generalRoom(s.north).id, ""], [bikes.id, "Bikes"], [garden.id, "Garden"]]);
  });

  it("[CH9.5] [CH10] a room's pages read together: the timeline of the pages given, each page's count, nothing of pages not given", async () => {
    const room = generalRoom(s.north);
    const old = await s.sign("bob", messageDraft({ scope: room.id, text: "On page 0" }, [s.grants.bob]), 10);
    const reply = await s.sign("carol", messageDraft({ scope: room.id, text: "Reply on page 0", root: old.id }, [s.grants.carol]), 11);
    const recent = await s.sign("carol", messageDraft({ scope: room.id, text: "On page 1" }, [s.grants.carol]), 20);
    const at = (n: number, records: readonly ParsedRecord[]) => ({ n, url: threadPageUrl(room.id, n), snapshot: page(records) });
    const orgs = organisation([]);
    const newest = await readRoom(orgs, s.north, room.id, [at(1, [recent])], 1, verifier, new VerifiedCache());
    expect(newest.timeline.messages.map((m) => m.text)).toEqual(["On page 1"]);
    expect([...newest.counts]).toEqual([[1, 1]]);
    const both = await readRoom(orgs, s.north, room.id, [at(1, [recent]), at(0, [old, reply])], 0, verifier, new VerifiedCache());
    expect(both.timeline.messages.map((m) => [m.text, m.replies])).toEqual([["On page 0", 1], ["On page 1", 0]]);
    expect(both.counts.get(0)).toBe(1);
    expect(both.pageOf.get(reply.id)).toBe(0);
    // Page 0 read for its pins and pages only: its messages are not shown until the member pages up to it.
    const above = await readRoom(orgs, s.north, room.id, [at(1, [recent]), at(0, [old, reply])], 1, verifier, new VerifiedCache());
    expect(above.timeline.messages.map((m) => m.text)).toEqual(["On page 1"]);
    expect(both.unverified).toBe(0);
  });

  it("[CH2] [M11.1] a chapter lists the rooms of the chapters below it, each naming its chapter, but none open to invited members only", async () => {
    const garden = await s.sign("bob", threadDraft({ chapter: s.north, name: "Garden", access: "subtree" }, [s.grants.bob]), 5);
    const secret = await s.sign("bob", threadDraft({ chapter: s.north, name: "Secret", access: "invited", members: [s.people.bob.publicKey] }, [s.grants.bob]), 6);
    const below = await readRoomsBelow(organisation([garden, secret]), s.root, verifier, new VerifiedCache());
    expect(below.map((room) => [room.chapter, room.name])).toEqual([[s.north, ""], [s.north, "Garden"]]);
    expect(await readRoomsBelow(organisation([garden, secret]), s.north, verifier, new VerifiedCache())).toEqual([]);
  });

  it("[CH2] given pass 1's kept read of each document (a device's, once per heads), the rooms are the same and nothing is read through the chokepoint again", async () => {
    const garden = await s.sign("bob", threadDraft({ chapter: s.north, name: "Garden", access: "subtree" }, [s.grants.bob]), 5);
    const bikes = await s.sign("carol", threadDraft({ chapter: s.north, name: "Bikes", access: "chapter" }, [s.grants.carol]), 6);
    const orgs = organisation([garden, bikes]);
    const kept = new Map<DocumentUrl, DocumentRead>();
    for (const document of organisationDocuments(orgs)) kept.set(document.url, await readSnapshot(document.type, document.snapshot, verifier, { verified: new VerifiedCache(), authorise: acceptAll }));
    const asked: DocumentUrl[] = [];
    const read = (document: TypedSnapshot): Promise<DocumentRead> => {
      asked.push(document.url);
      return Promise.resolve(kept.get(document.url)!);
    };
    // A signature checked again (the Chapter document read through the chokepoint a second time) fails the read.
    const unused: Verifier = { backend: "unused", verifyBatch: () => Promise.reject(new Error("a signature was checked again")) };
    expect(await readChapterRooms(orgs, s.north, unused, new VerifiedCache(), read)).toEqual(await readChapterRooms(orgs, s.north, verifier, new VerifiedCache()));
    expect(await readRoomsBelow(orgs, s.root, unused, new VerifiedCache(), read)).toEqual(await readRoomsBelow(orgs, s.root, verifier, new VerifiedCache()));
    expect((await readRoom(orgs, s.north, garden.id, [], 0, unused, new VerifiedCache(), read)).room?.name).toBe("Garden");
    expect(new Set(asked)).toEqual(new Set(kept.keys()));
  });

  it("[CH1.3] a room of another chapter, or one not held, reads as no room", async () => {
    const read = await readRoom(organisation([]), s.north, generalRoom(s.root).id, [], 0, verifier, new VerifiedCache());
    expect(read.room).toBeNull();
    expect(read.timeline.messages).toEqual([]);
  });
});
