import { sha256 } from "@noble/hashes/sha2.js";
import { describe, expect, it } from "vitest";
import { threadDraft } from "../chat/chat-records.js";
import { roomOf, type Room } from "../chat/room.js";
import { toBase64url } from "../encoding/base64url.js";
import { utf8 } from "../encoding/utf8.js";
import { signDraft } from "../kinds/record-draft.js";
import type { ChapterId } from "../records/ids.js";
import { tweetnaclVerifier } from "../verify/tweetnacl-verifier.js";
import { ConversationScenario, MEMBERS, type Name } from "../../test/helpers/conversation-scenario.js";
import { readConversation } from "./read-conversation.js";
import { readInvitedRoom } from "./read-invited-room.js";

const verifier = tweetnaclVerifier();
const chapter = toBase64url(sha256(utf8("chapterhouse-invited-room-test\nchapter"))) as ChapterId;

/** alice's invited room of `chapter` for alice, bob and carol (CH2). */
async function invitedRoom(access: Room["access"] = "invited"): Promise<Room> {
  const members = access === "invited" ? (["alice", "bob", "carol"] as const).map((name) => MEMBERS[name].member) : [];
  const record = await signDraft(MEMBERS.alice.signer, threadDraft({ chapter, name: "Treasurers", access, members }), 1_780_000_000_000);
  return roomOf(record)!;
}

const read = (room: Room, scenario: ConversationScenario, as: Name) =>
  readInvitedRoom({ room, lockboxes: scenario.lockboxes, envelopes: scenario.envelopes, reader: MEMBERS[as].reader, verifier });
const texts = (reading: Awaited<ReturnType<typeof read>>) => reading.timeline.messages.map((m) => m.text);

describe("invited rooms' content (PROTOCOL.md CH12)", () => {
  it("[CH12.1] [CH12.3] an invited room's messages, sealed under the room's id, are read by its members and by no one else", async () => {
    const room = await invitedRoom();
    const scenario = new ConversationScenario("alice", room.id);
    await scenario.epoch("1", "alice", ["alice", "bob", "carol"]);
    await scenario.write("alice", "1", scenario.message("The accounts are ready"));
    await scenario.write("bob", "1", scenario.message("Thanks, reading them tonight"));
    for (const member of ["alice", "bob", "carol"] as const) expect(texts(await read(room, scenario, member)), member).toEqual(["The accounts are ready", "Thanks, reading them tonight"]);
    const stranger = await read(room, scenario, "mallory");
    expect(texts(stranger)).toEqual([]);
    expect(stranger.envelopes.map((envelope) => envelope.state)).toEqual(["unreadable", "unreadable"]);
  });

  it("[CH12.2] only the room's creator starts its first epoch: a first epoch by another member, and what is written in it, do not count", async () => {
    const room = await invitedRoom();
    const scenario = new ConversationScenario("alice", room.id);
    await scenario.epoch("bob's", "bob", ["alice", "bob"]);
    await scenario.write("bob", "bob's", scenario.message("I made this room mine"));
    const reading = await read(room, scenario, "alice");
    expect(texts(reading)).toEqual([]);
    expect(reading.refusedKeys.map((refusal) => refusal.detail)).toEqual(["[PVC3] its signer may not start or widen this epoch"]);
  });

  it("[CH12.2] removing a member starts a new epoch: the removed member reads what was written before, not after, and the others no longer list them", async () => {
    const room = await invitedRoom();
    const scenario = new ConversationScenario("alice", room.id);
    await scenario.epoch("1", "alice", ["alice", "bob", "carol"]);
    await scenario.write("alice", "1", scenario.message("Before"));
    await scenario.epoch("2", "alice", ["alice", "bob"], ["1"]);
    await scenario.write("bob", "2", scenario.message("After carol left"));
    const bob = await read(room, scenario, "bob");
    expect(texts(bob)).toEqual(["Before", "After carol left"]);
    expect(bob.members).toEqual([MEMBERS.alice.member, MEMBERS.bob.member].sort());
    expect(texts(await read(room, scenario, "carol"))).toEqual(["Before"]);
  });

  it("[CH12.2] a member invited later reads the room from its start once an epoch is sealed to them", async () => {
    const room = await invitedRoom();
    const scenario = new ConversationScenario("alice", room.id);
    await scenario.epoch("1", "alice", ["alice", "bob", "carol"]);
    await scenario.write("alice", "1", scenario.message("Welcome"));
    expect(texts(await read(room, scenario, "dave"))).toEqual([]);
    await scenario.epoch("1", "bob", ["dave"], ["1"]);
    expect(texts(await read(room, scenario, "dave"))).toEqual(["Welcome"]);
  });

  it("[CH12.3] a message written for a conversation and copied into the room's document is refused as replayed, and still reads in its conversation", async () => {
    const room = await invitedRoom();
    const scenario = new ConversationScenario("alice", room.id);
    const elsewhere = new ConversationScenario("alice");
    await elsewhere.epoch("1", "alice", ["alice", "bob"]);
    await elsewhere.write("alice", "1", elsewhere.message("Only for bob"));
    const copied = { lockboxes: [...scenario.lockboxes, ...elsewhere.lockboxes], envelopes: [...scenario.envelopes, ...elsewhere.envelopes] };
    const reading = await readInvitedRoom({ room, ...copied, reader: MEMBERS.bob.reader, verifier });
    expect(reading.envelopes.map((envelope) => envelope.state)).toEqual(["replayed"]);
    const own = await readConversation({ conversation: elsewhere.conversation, ...copied, reader: MEMBERS.bob.reader, verifier });
    expect(own.timeline.messages.map((m) => m.text)).toEqual(["Only for bob"]);
  });

  it("[CH12.3] an open room is not read as private content: asking is a TypeError", async () => {
    const room = await invitedRoom("chapter");
    await expect(read(room, new ConversationScenario("alice", room.id), "alice")).rejects.toThrow(TypeError);
  });
});
