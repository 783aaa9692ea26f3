import * as A from "@automerge/automerge";
import { generalRoomId, messageDeleteDraft, messageDraft, threadGenesis, threadPageUrl } from "@chapterhouse/crdt/chat";
import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import { addRecord, createChapterDoc, createOrganisationDoc } from "@chapterhouse/crdt/documents";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { admitDraft, genesisDraft } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl, ParsedRecord } from "@chapterhouse/crdt/records";
import { createVerifier, naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { chatHandlers } from "./worker-handlers.js";

const ana = naclSignerFromSeed(new Uint8Array(32).fill(7));
const ben = naclSignerFromSeed(new Uint8Array(32).fill(8));
const organisation = "automerge:2vbGUzgcHKxNrkB3AXnCcKZA5tWi" as DocumentUrl;
const chapterUrl = "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e" as DocumentUrl;

function worker() {
  return bindHandlers(
    { ...documentHandlers, ...chatHandlers },
    createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: () => undefined }),
  );
}

const withRecords = <T>(doc: A.Doc<T>, map: string, records: readonly ParsedRecord[]) => A.save(A.change(doc, (d) => records.forEach((record) => addRecord((d as unknown as Record<string, Parameters<typeof addRecord>[0]>)[map]!, record))));

describe("the chat's worker handlers", () => {
  it("[CH2.4] [CH9.5] a chapter's rooms, then its general room's pages: what the pages given show, and each message's page", async () => {
    const genesis = await signDraft(ana, genesisDraft({ name: "Riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [ana.publicKey] }), 1);
    const chapter = genesis.id as ChapterId;
    const admit = await signDraft(ben, admitDraft({ chapter }), 2);
    const room = generalRoomId(chapter);
    const hello = await signDraft(ben, messageDraft({ scope: room, text: "Hello" }, [admit.id]), 3);
    const handlers = worker();
    const page0 = threadPageUrl(room, 0);
    await handlers.syncDocuments([
      { url: organisation, type: "organisation", bytes: withRecords(createOrganisationDoc(), "chapters", [genesis]) },
      { url: chapterUrl, type: "chapter", bytes: withRecords(createChapterDoc(), "governance", [admit]) },
      { url: page0, type: "thread", bytes: withRecords(A.load(threadGenesis()), "messages", [hello]) },
    ]);
    const base = { organisation, chapters: [chapterUrl], chapter };
    const rooms = await handlers.readRooms({ ...base, room: null });
    expect(rooms.rooms.map((entry) => entry.id)).toEqual([room]);
    expect(rooms.room).toBeNull();
    const read = await handlers.readRooms({ ...base, room: { id: room, pages: [{ n: 0, url: page0 }], from: 0 } });
    expect(read.room?.timeline.messages.map((message) => [message.author, message.text])).toEqual([[ben.publicKey, "Hello"]]);
    expect(read.room?.pageOf.get(hello.id)).toBe(0);
    expect(read.room?.counts.get(0)).toBe(1);
  });

  it("[CH5.3] search gets a room's messages and replies as their words, without a deleted one, and reads them again as the page syncs", async () => {
    const genesis = await signDraft(ana, genesisDraft({ name: "Riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [ana.publicKey] }), 1);
    const chapter = genesis.id as ChapterId;
    const admit = await signDraft(ben, admitDraft({ chapter }), 2);
    const room = generalRoomId(chapter);
    const boiler = await signDraft(ben, messageDraft({ scope: room, text: "The boiler is broken again" }, [admit.id]), 3);
    const reply = await signDraft(ben, messageDraft({ scope: room, text: "A plumber comes on Monday", root: boiler.id }, [admit.id]), 4);
    const oops = await signDraft(ben, messageDraft({ scope: room, text: "wrong room" }, [admit.id]), 5);
    const gone = await signDraft(ben, messageDeleteDraft({ scope: room, target: oops.id }, [admit.id]), 6);
    const handlers = worker();
    const page0 = threadPageUrl(room, 0);
    const page = (records: readonly ParsedRecord[]) => ({ url: page0, type: "thread", bytes: withRecords(A.load(threadGenesis()), "messages", records) });
    await handlers.syncDocuments([
      { url: organisation, type: "organisation", bytes: withRecords(createOrganisationDoc(), "chapters", [genesis]) },
      { url: chapterUrl, type: "chapter", bytes: withRecords(createChapterDoc(), "governance", [admit]) },
      page([boiler]),
    ]);
    const request = { organisation, chapters: [chapterUrl], chapter, room: { id: room, pages: [{ n: 0, url: page0 }], from: 0 } };
    expect((await handlers.roomSearchMessages(request)).messages.map((message) => message.text)).toEqual(["The boiler is broken again"]);
    await handlers.syncDocuments([page([boiler, reply, oops, gone])]);
    const read = await handlers.roomSearchMessages(request);
    expect(read.messages.map((message) => [message.id, message.text])).toEqual([
      [boiler.id, "The boiler is broken again"],
      [reply.id, "A plumber comes on Monday"],
    ]);
  });

  it("a malformed request is refused by the guard", async () => {
    await expect(worker().readRooms({ organisation: "not a url" } as never)).rejects.toThrow(/malformed/);
  });
});
