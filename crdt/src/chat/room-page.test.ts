import * as A from "@automerge/automerge";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocument } from "../chokepoint/read-document.js";
import { createMemoryRecordStore } from "../chokepoint/memory-record-store.js";
import { heldRecords, rememberRecords } from "../chokepoint/remember-records.js";
import { writeBack } from "../chokepoint/write-back.js";
import { THREAD_DOCUMENT, type ThreadDoc } from "../documents/thread.js";
import { canonicalize } from "../records/canonical.js";
import { recordIdOf } from "../records/record.js";
import type { MemberKey } from "../records/ids.js";
import { createVerifier } from "../verify/create-verifier.js";
import { messageDraft, threadPageDraft } from "./chat-records.js";
import { collapseFloods, FLOOD_BURST, FLOOD_GAP_MS } from "./collapse-floods.js";
import { generalRoom } from "./general-room.js";
import { judgeRoom } from "./judge-room.js";
import { roomPageAuthorise } from "./room-page-authorise.js";
import { PAGE_SIZE, pageForNewMessage, pagesToShow } from "./room-paging.js";
import { roomTimeline } from "./room-timeline.js";
import { threadGenesis, threadPageUrl } from "./thread-page-document.js";
import { chatScenario, type ChatScenario } from "./test-helpers/chat-scenario.js";

let s: ChatScenario;
beforeAll(async () => {
  s = await chatScenario();
});

/** A device's copy of a page started from the genesis (CH9.2), with `texts` added to `messages`. */
function page(actor: string, texts: readonly { id: string; text: string }[]): A.Doc<ThreadDoc> {
  return A.change(A.load<ThreadDoc>(threadGenesis(), { actor }), (d) => {
    for (const { id, text } of texts) d.messages[id] = new A.ImmutableString(text);
  });
}

const readPage = async (doc: unknown) => {
  const room = generalRoom(s.north);
  return readDocument(THREAD_DOCUMENT, doc, await createVerifier(), { authorise: roomPageAuthorise(room, s.rosters()) });
};

describe("a room's pages through the chokepoint", () => {
  it("[CH10.4] a forged message (bob's key, another member's signature) is refused as such and never shown as bob's", async () => {
    const room = generalRoom(s.north);
    const genuine = await s.sign("carol", messageDraft({ scope: room.id, text: "I am bob, vote no" }, [s.grants.carol]), 10);
    const forgedText = canonicalize({ ...genuine.envelope, signer: s.key("bob") });
    const forgedId = recordIdOf(forgedText);
    const honest = await s.sign("bob", messageDraft({ scope: room.id, text: "Hello" }, [s.grants.bob]), 11);
    const read = await readPage(page("aaaa", [{ id: forgedId, text: forgedText }, honest]));
    expect(read.rejections).toEqual([expect.objectContaining({ map: "messages", key: forgedId, reason: "bad-signature" })]);
    const timeline = roomTimeline(judgeRoom(room, read.maps.messages, s.rosters()));
    expect(timeline.messages.map((m) => [m.author, m.text])).toEqual([[s.key("bob"), "Hello"]]);
  });

  it("[CH9.6] [D9] a vandal deleting messages from a page is repaired by write-back from a device that held them", async () => {
    const room = generalRoom(s.north);
    const messages = await Promise.all([1, 2, 3].map((n) => s.sign("bob", messageDraft({ scope: room.id, text: `Message ${n}` }, [s.grants.bob]), n)));
    const url = threadPageUrl(room.id, 0);
    const alice = page("aaaa", messages);
    const store = createMemoryRecordStore();
    expect(await rememberRecords(store, url, await readPage(alice))).toBe(3);
    const vandal = A.change(A.merge(A.load<ThreadDoc>(threadGenesis(), { actor: "bbbb" }), alice), (d) => {
      delete d.messages[messages[0]!.id];
      delete d.messages[messages[2]!.id];
    });
    const merged = A.merge(A.clone(alice), vandal);
    expect((await readPage(merged)).maps.messages.map((r) => r.id)).toEqual([messages[1]!.id]);
    const { doc, repaired } = writeBack(THREAD_DOCUMENT, merged, await heldRecords(store, THREAD_DOCUMENT, url));
    expect([...repaired].sort()).toEqual([messages[0]!.id, messages[2]!.id].sort());
    expect(roomTimeline(judgeRoom(room, (await readPage(A.merge(vandal, doc))).maps.messages, s.rosters())).messages.map((m) => m.text)).toEqual(["Message 1", "Message 2", "Message 3"]);
  });

  it("[CH9.2] two devices starting the same page offline share its maps: both members' messages show after they merge", async () => {
    const room = generalRoom(s.north);
    const fromBob = await s.sign("bob", messageDraft({ scope: room.id, text: "From bob" }, [s.grants.bob]), 1);
    const fromCarol = await s.sign("carol", messageDraft({ scope: room.id, text: "From carol" }, [s.grants.carol]), 2);
    const merged = A.merge(page("aaaa", [fromBob]), page("bbbb", [fromCarol]));
    expect((await readPage(merged)).maps.messages.map((r) => r.id).sort()).toEqual([fromBob.id, fromCarol.id].sort());
  });
});

describe("paging a room", () => {
  it("[CH9.4] a message goes to the last page until it holds PAGE_SIZE messages, then to a new page that must be started", () => {
    expect(pageForNewMessage(0, 0)).toEqual({ page: 0, start: false });
    expect(pageForNewMessage(3, PAGE_SIZE - 1)).toEqual({ page: 3, start: false });
    expect(pageForNewMessage(3, PAGE_SIZE)).toEqual({ page: 4, start: true });
  });

  it("[CH9.5] the first screen opens the last page and older ones only until it has the messages wanted, never every page", () => {
    // Page 49 of a room of 10,000 messages: the last page and its neighbour, not the 50 pages.
    expect(pagesToShow(49, 50, new Map())).toEqual([49]);
    expect(pagesToShow(49, 50, new Map([[49, 20]]))).toEqual([49, 48]);
    expect(pagesToShow(49, 50, new Map([[49, 20], [48, PAGE_SIZE]]))).toEqual([49, 48]);
    expect(pagesToShow(1, 50, new Map([[1, 3], [0, 4]]))).toEqual([1, 0]);
  });

  it("[CH3.1] a page started by someone who is no member of the room does not count", async () => {
    const room = generalRoom(s.north);
    const byErin = await s.sign("erin", threadPageDraft(room.id, 7, []), 1);
    expect(roomTimeline(judgeRoom(room, [byErin], s.rosters())).lastPage).toBe(0);
  });
});

describe("a flood in the view", () => {
  const key = (name: string) => (name.repeat(42) + "A") as MemberKey;
  const message = (author: string, at: number) => ({ author: key(author), at });

  it("[CH10.3] a member's quick run past the burst folds into one item; the next member's message shows", () => {
    const flood = Array.from({ length: 12 }, (_, i) => message("b", 1_000 + i * 100));
    const items = collapseFloods([...flood, message("c", 3_000)]);
    expect(items.map((item) => (item.type === "flood" ? `flood of ${item.messages.length}` : "message"))).toEqual([...Array<string>(FLOOD_BURST).fill("message"), "flood of 7", "message"]);
    // A pause longer than the gap starts a new run.
    expect(collapseFloods([...flood.slice(0, 5), message("b", 1_400 + FLOOD_GAP_MS + 1)]).every((item) => item.type === "message")).toBe(true);
  });

  it("[CH10.3] folding loses no message and keeps their order, whatever the messages", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ author: fc.constantFrom("a", "b", "c"), gap: fc.nat(20_000) }), { maxLength: 60 }), (steps) => {
        let at = 0;
        const messages = steps.map(({ author, gap }) => ({ ...message(author, (at += gap)), n: at }));
        const items = collapseFloods(messages);
        expect(items.flatMap((item) => (item.type === "flood" ? item.messages : [item.message]))).toEqual(messages);
        for (const item of items) if (item.type === "flood") expect(item.messages.every((m) => m.author === item.author)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
