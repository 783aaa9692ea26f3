import type { DocumentId } from "@automerge/automerge-repo";
import { MAX_MESSAGE_LENGTH, roomOf, threadDraft, type Room } from "@chapterhouse/crdt/chat";
import { conversationDocumentId, conversationDocumentUrl, inboxDocumentId } from "@chapterhouse/crdt/conversations";
import { toBase58check, toBase64url } from "@chapterhouse/crdt/encoding";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { afterEach, describe, expect, it } from "vitest";
import { memberOnRelay, type MemberDevice } from "../../../test/helpers/member-device.js";
import { memoryConversationIndex } from "../../../test/helpers/memory-conversation-index.js";
import { refusal } from "../../../test/helpers/refusal.js";
import { startRelay, type TestRelay } from "../../../test/helpers/start-relay.js";
import { waitFor } from "../../../test/helpers/wait-for.js";
import type { ConversationView } from "./conversation-view.js";
import { MessagesError } from "./messages-error.js";
import { Messages, type MessagesWorker } from "./messages.js";
import type { MessagesSettings } from "./messages-settings.js";
import { readDirectMessageNotices } from "./notification-sources.js";
import { messageSearchItems } from "./search-sources.js";
import type { NotificationReadContext } from "../../shared/routing/notification-sources.js";
import type { PrivateThread } from "./private-thread.js";
import { unreadMessages } from "./unread-messages.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The box keys "profiles" publish in these tests: every member's but those left out. */
const published = new Map<MemberKey, string>();

interface Member {
  readonly device: MemberDevice;
  readonly key: MemberKey;
  readonly messages: Messages;
  /** The member's conversation index on this device. */
  readonly index: ReturnType<typeof memoryConversationIndex>;
}

/** The member's conversations over `device`, through `worker` (default: the device's). */
function messagesOn(device: MemberDevice, index: Member["index"], worker: MessagesWorker = device.worker, opening?: (seals: number) => void): Messages {
  const space = device.space();
  return new Messages({
    member: space.member,
    documents: space.documents,
    repo: space.repo,
    worker,
    sign: (draft) => space.signDraft(draft),
    openSealed: (seals) => (opening?.(seals.length), space.openSealed(seals)),
    boxKeyOf: (key) => published.get(key),
    randomBytes: (n) => space.randomBytes(n),
    index,
  });
}

async function member(name: string, relay: TestRelay): Promise<Member> {
  const device = await memberOnRelay(name, relay.url);
  cleanups.push(() => device.close());
  const space = device.space();
  published.set(space.member.key, space.member.boxKey);
  const index = memoryConversationIndex();
  return { device, key: space.member.key, messages: messagesOn(device, index), index };
}

/** The first reading of `conversation` (or an invited room) by `who` that satisfies `predicate`. */
async function reading<T extends PrivateThread>(who: Member, conversation: T, predicate: (view: ConversationView<T>) => boolean, what: string): Promise<ConversationView<T>> {
  const query = who.device.documents.query(who.messages.conversationQuery(conversation));
  const state = await query.until((s) => s.value !== undefined && predicate(s.value), what, 20_000);
  return state.value!;
}

const texts = (view: ConversationView<PrivateThread>) => view.messages.map((m) => m.text);

/** An invited room `creator` makes in a chapter for `members` (CH2): its `thread` record signed, the room it makes. */
async function invitedRoom(creator: Member, members: readonly Member[]): Promise<Room> {
  const chapter = toBase64url(new Uint8Array(32).fill(7)) as ChapterId;
  const record = await creator.device.space().signDraft(threadDraft({ chapter, name: "Treasurers", access: "invited", members: [creator, ...members].map((m) => m.key) }));
  return roomOf(record)!;
}

describe("private messages between members' devices over a relay (PVC)", () => {
  it("[PVC5] [PVC6.4] [CH4.2] a direct message reaches the other member, who finds the conversation in their inbox and replies; edits and deletions by the sender show as such", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const alice = await member("alice", relay);
    const bob = await member("bob", relay);

    const conversation = await alice.messages.start([bob.key]);
    const first = await alice.messages.send(conversation, "Are you coming on Thursday?");
    const found = await bob.device.documents.query(bob.messages.conversationsQuery()).until((s) => (s.value ?? []).length > 0, "bob finds the conversation in his inbox", 20_000);
    expect(found.value).toEqual([conversation]);
    const own = await alice.device.documents.query(alice.messages.conversationsQuery()).until((s) => (s.value ?? []).length > 0, "alice's other devices would find it in her inbox", 20_000);
    expect(own.value).toEqual([conversation]);

    const seen = await reading(bob, conversation, (view) => view.messages.length === 1, "bob reads alice's message");
    expect(seen.messages[0]).toMatchObject({ text: "Are you coming on Thursday?", author: alice.key, edited: false, deleted: false });
    expect(seen.members).toEqual([alice.key, bob.key].sort());
    await bob.messages.send(conversation, "Yes, with the minutes", { root: first, quote: first });

    const both = await reading(alice, conversation, (view) => view.messages.length === 2, "alice reads bob's reply");
    expect(texts(both)).toEqual(["Are you coming on Thursday?", "Yes, with the minutes"]);
    expect(both.messages[1]).toMatchObject({ author: bob.key, root: first, quote: first });
    expect(both.messages[0]!.replies).toBe(1);

    await alice.messages.edit(conversation, first, "Are you coming on Friday?");
    // bob may not edit alice's message (CH5.1): his edit is refused by every reader, never shown.
    await bob.messages.edit(conversation, first, "Alice is not coming");
    await alice.messages.delete(conversation, first);
    const after = await reading(bob, conversation, (view) => view.messages[0]?.deleted === true && view.messages[0].edited, "bob sees the edit and the deletion");
    expect(after.messages[0]).toMatchObject({ text: "Are you coming on Friday?", edited: true, deleted: true });
    expect(after.problems).toEqual([]);
  });

  it("[PVC4.2] [PVC4.1] [SEARCH4] in a group, a removed member cannot read the next message (nor find it in search) but still reads the earlier ones, and the reading says which epochs they were in; a member added later reads everything", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const [alice, bob, carol, dave] = await Promise.all(["alice", "bob", "carol", "dave"].map((name) => member(name, relay)));

    const group = await alice!.messages.start([bob!.key, carol!.key]);
    await alice!.messages.send(group, "Hola a todos");
    await reading(carol!, group, (view) => view.messages.length === 1, "carol reads the group's first message");
    await carol!.messages.send(group, "Hi, carol here");
    await reading(alice!, group, (view) => view.messages.length === 2, "alice reads carol's message");

    await alice!.messages.removeMembers(group, [carol!.key]);
    await alice!.messages.send(group, "Just the two of us now");

    const bobs = await reading(bob!, group, (view) => view.messages.length === 3, "bob reads the message after the removal");
    expect(texts(bobs)).toEqual(["Hola a todos", "Hi, carol here", "Just the two of us now"]);
    expect(bobs.members).toEqual([alice!.key, bob!.key].sort());
    const couldRead = bobs.epochs.filter((epoch) => epoch.members.includes(carol!.key));
    expect(couldRead).toHaveLength(1);
    expect(bobs.heads).not.toContain(couldRead[0]!.epoch);

    const carols = await reading(carol!, group, (view) => view.problems.length === 1, "carol's device holds the message she cannot read");
    expect(texts(carols)).toEqual(["Hola a todos", "Hi, carol here"]);
    expect(carols.problems).toEqual([{ key: expect.any(String) as string, state: "unreadable" }]);
    // [SEARCH4] What carol's device cannot decrypt is never given to search.
    expect(messageSearchItems([carols], new Set()).map((item) => item.text)).toEqual(["Hola a todos", "Hi, carol here"]);
    // dave is in no epoch yet: his device holds no key to write with.
    expect((await refusal(dave!.messages.send(group, "Hello?"), MessagesError)).code).toBe("not-a-member");

    await bob!.messages.addMembers(group, [dave!.key]);
    await dave!.device.documents.query(dave!.messages.conversationsQuery()).until((s) => (s.value ?? []).some((c) => c.scope === group.scope), "dave finds the group", 20_000);
    const daves = await reading(dave!, group, (view) => view.messages.length === 3, "dave reads the whole conversation");
    expect(texts(daves)).toEqual(["Hola a todos", "Hi, carol here", "Just the two of us now"]);
    expect(daves.members).toEqual([alice!.key, bob!.key, dave!.key].sort());
  });

  it("[issue 11] a member with many conversations sees the newest page opening only its Conversation documents, the next page on \"Show older\", and a conversation new to the device first; the vault opens each invitation once; unread markers stay right", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const [alice, bob, carol] = await Promise.all(["alice", "bob", "carol"].map((name) => member(name, relay)));
    for (let i = 0; i < 25; i++) await alice!.messages.send(await alice!.messages.start([bob!.key]), `Message ${i}`);
    // What the bell does as documents sync (HOME4): every conversation read, its time noted in bob's index.
    const all = await bob!.device.documents.query(bob!.messages.overviewQuery()).until((s) => s.value?.length === 25 && s.value.every((view) => view.messages.length === 1), "bob reads every conversation once", 60_000);
    const times = all.value!.map((view) => view.messages[0]!.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(bob!.index.notes()).toBe(25);
    // The inbox read again (a new session's list) asks the vault to open none of the 25 invitations it opened before.
    let sealsOpened = 0;
    const again = messagesOn(bob!.device, bob!.index, bob!.device.worker, (seals) => (sealsOpened += seals));
    const inbox = await bob!.device.documents.query({ key: "bob's inbox read again", read: (context) => again.conversationsQuery().read(context) }).until((s) => s.value !== undefined, "bob's inbox is read again", 20_000);
    expect(inbox.value).toHaveLength(25);
    expect(sealsOpened).toBe(0);

    // The list, through a worker that counts the Conversation documents it is asked to read.
    const opened = new Set<string>();
    const counting: MessagesWorker = { ...bob!.device.worker, conversationSeals: (request) => (opened.add(request.document), bob!.device.worker.conversationSeals(request)) };
    const list = messagesOn(bob!.device, bob!.index, counting);
    const page = async (count: number, what: string, predicate: (scopes: string[]) => boolean = () => true) => {
      const state = await bob!.device.documents.query(list.pageQuery(count)).until((s) => s.value !== undefined && predicate(s.value.views.map((view) => view.conversation.scope)), what, 60_000);
      return state.value!;
    };
    const first = await page(10, "bob's first page");
    expect(first.total).toBe(25);
    expect(first.views.map((view) => view.conversation.scope)).toEqual(all.value!.slice(0, 10).map((view) => view.conversation.scope));
    expect(opened.size).toBe(10);
    expect(first.views.map((view) => unreadMessages(view, bob!.key, 0).length)).toEqual(Array.from({ length: 10 }, () => 1));

    opened.clear();
    const older = await page(20, "bob's first two pages");
    expect(older.views.map((view) => view.conversation.scope)).toEqual(all.value!.slice(0, 20).map((view) => view.conversation.scope));
    // The first page's ten, unchanged since, are not read again.
    expect(opened.size).toBe(10);

    // carol's new conversation is in bob's inbox, not yet in his index: it is read, and shown first.
    const fresh = await carol!.messages.start([bob!.key]);
    await carol!.messages.send(fresh, "New here");
    opened.clear();
    const withNew = await page(10, "bob's first page with carol's conversation", (scopes) => scopes[0] === fresh.scope);
    expect(withNew.total).toBe(26);
    expect(withNew.views.map((view) => view.conversation.scope)).toEqual([fresh.scope, ...all.value!.slice(0, 9).map((view) => view.conversation.scope)]);
    expect([...opened]).toEqual([conversationDocumentUrl(fresh.scope)]);
  });

  it("[issue 11] on a fresh device (its index empty) the list's first page opens only a slice of the conversations and says how many it has not read; each slice noted reads the next, each conversation once, until the page is the newest of all", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const [alice, bob] = await Promise.all(["alice", "bob"].map((name) => member(name, relay)));
    const started: RecordId[] = [];
    for (let i = 0; i < 10; i++) {
      const conversation = await alice!.messages.start([bob!.key]);
      await alice!.messages.send(conversation, `Message ${i}`);
      started.push(conversation.scope);
    }
    // The ten invitations synced first (reading the inbox opens no conversation): the page's total is then all of them.
    await bob!.device.documents.query(bob!.messages.conversationsQuery()).until((s) => s.value?.length === 10, "bob's inbox names the ten conversations", 60_000);
    // And every conversation's message is on bob's device (read through his own index, not the fresh
    // one): a message arriving after the fresh list read its conversation would change it, and the
    // list would rightly note and read that conversation a second time.
    await bob!.device.documents
      .query(bob!.messages.overviewQuery())
      .until((s) => s.value?.length === 10 && s.value.every((view) => unreadMessages(view, bob!.key, 0).length === 1), "bob's device holds the ten messages", 60_000);
    const opened: string[] = [];
    const counting: MessagesWorker = { ...bob!.device.worker, conversationSeals: (request) => (opened.push(request.document), bob!.device.worker.conversationSeals(request)) };
    const fresh = memoryConversationIndex();
    const list = messagesOn(bob!.device, fresh, counting);
    const query = bob!.device.documents.query(list.pageQuery(5, 4));
    const release = query.retain();
    // What the screen does: each change of the index reads the list again.
    const off = fresh.subscribe(() => query.invalidate());
    cleanups.push(() => Promise.resolve((off(), release())));
    let openedFirst = 0;
    const first = await query.until((s) => s.value !== undefined && (openedFirst = opened.length) > 0, "bob's first page on a fresh device", 60_000);
    expect(openedFirst).toBe(4);
    expect(opened.slice(0, 4).sort()).toEqual([...started].sort().slice(0, 4).map((scope) => conversationDocumentUrl(scope)).sort());
    expect(first.value).toMatchObject({ total: 10, unchecked: 6 });
    expect(new Set(first.value!.views.map((view) => view.conversation.scope))).toEqual(new Set([...started].sort().slice(0, 4)));
    const everything = await bob!.device.documents.query(bob!.messages.overviewQuery()).until((s) => s.value?.length === 10, "bob reads every conversation at once", 60_000);
    const newest = everything.value!.slice(0, 5).map((view) => view.conversation.scope);
    // The page is the newest five once every conversation is read.
    await query.until(
      (s) => s.value?.unchecked === 0 && s.value.views.map((view) => view.conversation.scope).join() === newest.join(),
      "bob's device has read every conversation, and the page is the newest five",
      60_000,
    );
    expect(fresh.notes()).toBe(10);
    expect(new Set(opened).size).toBe(10);
    expect(opened).toHaveLength(10);
  });

  it("[PVC2.3] [PVC6.4] the relay holds only ciphertext: none of the texts, names, member keys or the conversation's salt are in the conversation or the inboxes it stores", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const alice = await member("alice", relay);
    const bob = await member("bob", relay);
    const conversation = await alice.messages.start([bob.key]);
    await alice.messages.send(conversation, "The landlord meets us at nine");
    await reading(bob, conversation, (view) => view.messages.length === 1, "bob reads it");
    const ids = [conversationDocumentId(conversation.scope), inboxDocumentId(published.get(bob.key)!), inboxDocumentId(published.get(alice.key)!)];
    const held = await Promise.all(
      ids.map((id, i) =>
        waitFor(() => {
          const value = relay.documentValue(toBase58check(id) as DocumentId);
          const entries = value?.[i === 0 ? "messages" : "invitations"];
          return typeof entries === "object" && entries !== null && Object.keys(entries).length > 0 && JSON.stringify(value);
        }, "the relay holds the conversation and both inboxes"),
      ),
    );
    for (const stored of held) {
      for (const secret of ["The landlord meets us at nine", alice.key, bob.key, conversation.salt]) expect(stored).not.toContain(secret);
      // A name as a word of its own: "bob" may turn up by chance inside base64url ciphertext ("…VminGbobBuq…"), which is no leak.
      for (const name of ["alice", "bob"]) expect(stored).not.toMatch(new RegExp(`(?<![A-Za-z0-9_-])${name}(?![A-Za-z0-9_-])`, "i"));
    }
  });

  it("[PVC4.3] [CH1.1] bad input is refused with what it gets: a member with no box key cannot be added, a message too long shows its limit, more than 50 members is refused", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const alice = await member("alice", relay);
    const stranger = `${"s".repeat(42)}A` as MemberKey;
    const noBox = await refusal(alice.messages.start([stranger]), MessagesError);
    expect(noBox.code).toBe("no-box-key");
    expect(noBox.message).toContain(stranger);
    const many = Array.from({ length: 50 }, (_, i) => `${String.fromCharCode(65 + (i % 26))}${i.toString().padStart(41, "x")}A` as MemberKey);
    expect((await refusal(alice.messages.start(many), MessagesError)).code).toBe("too-many-members");
    const alone = await alice.messages.start([]);
    const tooLong = await refusal(alice.messages.send(alone, "x".repeat(MAX_MESSAGE_LENGTH + 1)), MessagesError);
    expect([tooLong.code, tooLong.limit]).toEqual(["bad-length", MAX_MESSAGE_LENGTH]);
    expect((await refusal(alice.messages.send(alone, "   "), MessagesError)).code).toBe("bad-length");
    expect(texts(await reading(alice, alone, () => true, "alice reads her own conversation"))).toEqual([]);
  });

  it("[CH12.2] [CH12.3] in an invited room, its creator's first epoch lets the first members read, write and react; a removed member cannot read the next message; a member invited later reads everything", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const [alice, bob, carol, dave] = await Promise.all(["alice", "bob", "carol", "dave"].map((name) => member(name, relay)));
    const room = await invitedRoom(alice!, [bob!, carol!]);
    await alice!.messages.startRoom(room);
    const first = await alice!.messages.send(room, "The accounts are ready");
    await reading(carol!, room, (view) => view.messages.length === 1, "carol reads the room's first message");
    await bob!.messages.send(room, "Reading them tonight");
    await bob!.messages.react(room, first, "👍", true);
    const alices = await reading(alice!, room, (view) => view.messages.length === 2 && view.messages[0]!.reactions.length === 1, "alice reads bob's message and reaction");
    expect(alices.messages[0]!.reactions).toEqual([{ emoji: "👍", members: [bob!.key] }]);

    await alice!.messages.removeMembers(room, [carol!.key]);
    await alice!.messages.send(room, "Carol has left the room");
    const bobs = await reading(bob!, room, (view) => view.messages.length === 3, "bob reads the message after the removal");
    expect(bobs.members).toEqual([alice!.key, bob!.key].sort());
    const carols = await reading(carol!, room, (view) => view.problems.length === 1, "carol's device holds the message she cannot read");
    expect(texts(carols)).toEqual(["The accounts are ready", "Reading them tonight"]);
    expect(carols.problems).toEqual([{ key: expect.any(String) as string, state: "unreadable" }]);
    expect((await refusal(dave!.messages.send(room, "Hello?"), MessagesError)).code).toBe("not-a-member");

    await bob!.messages.addMembers(room, [dave!.key]);
    const daves = await reading(dave!, room, (view) => view.messages.length === 3, "dave reads the whole room");
    expect(texts(daves)).toEqual(["The accounts are ready", "Reading them tonight", "Carol has left the room"]);
    // No invitation is sealed for a room (CH12.4): dave finds it in the chapter's room list.
    expect((await dave!.device.documents.query(dave!.messages.conversationsQuery()).until((s) => s.value !== undefined, "dave's inbox is read", 20_000)).value).toEqual([]);
  });

  it("[CH12.1] the relay holds only ciphertext of an invited room: its Conversation document holds none of its texts, names or member keys", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const alice = await member("alice", relay);
    const bob = await member("bob", relay);
    const room = await invitedRoom(alice, [bob]);
    await alice.messages.startRoom(room);
    await alice.messages.send(room, "The treasurer's code is under the mat");
    await reading(bob, room, (view) => view.messages.length === 1, "bob reads it");
    const held = await waitFor(() => {
      const value = relay.documentValue(toBase58check(conversationDocumentId(room.id)) as DocumentId);
      const entries = value?.messages;
      return typeof entries === "object" && entries !== null && Object.keys(entries).length > 0 && JSON.stringify(value);
    }, "the relay holds the room's content");
    for (const secret of ["The treasurer's code is under the mat", "Treasurers", "alice", "bob", alice.key, bob.key]) expect(held).not.toContain(secret);
  });

  it("[NOTE3] a direct message bob has not read is a notification of his, read in a live query from his inbox; once he has looked at the conversation it is not", async () => {
    const relay = await startRelay();
    cleanups.push(() => relay.close());
    const alice = await member("alice", relay);
    const bob = await member("bob", relay);
    const conversation = await alice.messages.start([bob.key]);
    await alice.messages.send(conversation, "Are you coming on Thursday?");
    const lastRead = new Map<string, number>();
    const settings: MessagesSettings = {
      lastRead: (scope) => Promise.resolve(lastRead.get(scope) ?? 0),
      markRead: (scope, at) => Promise.resolve(void lastRead.set(scope, at)),
      blocked: () => Promise.resolve(new Set()),
      setBlocked: () => Promise.resolve(),
    };
    const notices = (key: string) =>
      bob.device.documents.query({ key, read: (query) => readDirectMessageNotices(bob.messages, settings, { query, member: bob.key } as NotificationReadContext, () => "Alice") });
    const told = await notices("bob's notices").until((state) => (state.value ?? []).length > 0, "bob is told of alice's message", 20_000);
    expect(told.value).toEqual([
      { key: expect.any(String) as string, kind: "direct-message", chapter: null, title: "Alice: Are you coming on Thursday?", href: `#/messages/${conversation.creator}/${conversation.salt}`, at: expect.any(Number) as number, by: alice.key },
    ]);
    await settings.markRead(conversation.scope, told.value![0]!.at);
    expect((await notices("bob's notices after reading").until((state) => state.value !== undefined, "bob's notices are read again", 20_000)).value).toEqual([]);
  });
});
