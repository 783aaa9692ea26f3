import { beforeAll, describe, expect, it } from "vitest";
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { MAX_MESSAGE_LENGTH, parseChatBody } from "./chat-bodies.js";
import { hideDraft, messageDeleteDraft, messageDraft, messageEditDraft, pinDraft, reactionDraft, threadDraft, threadPageDraft } from "./chat-records.js";
import { generalRoom, generalRoomId } from "./general-room.js";
import { judgeRoom } from "./judge-room.js";
import { roomOf, type Room } from "./room.js";
import { roomTimeline } from "./room-timeline.js";
import { chatScenario, type ChatScenario } from "./test-helpers/chat-scenario.js";

let s: ChatScenario;
/** North's general room: its direct members are bob and carol (and alice, its founder). */
let north: Room;

beforeAll(async () => {
  s = await chatScenario();
  north = generalRoom(s.north);
});

const judge = (room: Room, records: readonly ParsedRecord[]) => judgeRoom(room, records, s.rosters());
const statusOf = (room: Room, records: readonly ParsedRecord[], record: ParsedRecord) => judge(room, records).verdicts.get(record.id);

describe("chat rooms: who writes where", () => {
  it("[CH1.4] [CH2.4] a direct member writes in the chapter's general room and it reads as theirs; a non-member's message is refused", async () => {
    const byBob = await s.sign("bob", messageDraft({ scope: north.id, text: "Hello North" }, [s.grants.bob]), 10);
    const byErin = await s.sign("erin", messageDraft({ scope: north.id, text: "Let me in" }, []), 11);
    const judged = judge(north, [byBob, byErin]);
    expect(judged.verdicts.get(byBob.id)?.status).toBe("valid");
    expect(judged.verdicts.get(byErin.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[CH1\.4\] the signer cites no live direct membership/) });
    expect(roomTimeline(judged).messages.map((m) => [m.author, m.text])).toEqual([[s.key("bob"), "Hello North"]]);
  });

  it("[CH2.4] the general room's id is derived from the chapter's id: the same on every device, another for another chapter", () => {
    expect(generalRoomId(s.north)).toBe(generalRoom(s.north).id);
    expect(generalRoomId(s.north)).not.toBe(generalRoomId(s.root));
    expect(() => generalRoomId("not an id" as never)).toThrow(TypeError);
  });

  it("[CH2.2] a room open to the chapter takes its direct members only; one open to sub-chapters takes theirs too", async () => {
    const rootGeneral = generalRoom(s.root);
    const wide = await s.sign("alice", threadDraft({ chapter: s.root, name: "Whole city", access: "subtree" }, [s.grants.aliceRoot]), 5);
    const wideRoom = roomOf(wide)!;
    const bobInRoot = await s.sign("bob", messageDraft({ scope: rootGeneral.id, text: "From North" }, [s.grants.bob]), 10);
    const bobInWide = await s.sign("bob", messageDraft({ scope: wideRoom.id, text: "From North" }, [s.grants.bob]), 10);
    const daveInRoot = await s.sign("dave", messageDraft({ scope: rootGeneral.id, text: "From the city" }, [s.grants.dave]), 11);
    expect(statusOf(rootGeneral, [bobInRoot], bobInRoot)?.status).toBe("ineligible-signer");
    expect(statusOf(rootGeneral, [daveInRoot], daveInRoot)?.status).toBe("valid");
    expect(judge(wideRoom, [wide, bobInWide]).valid.map((entry) => entry.record.id)).toEqual([wide.id, bobInWide.id]);
  });

  it("[CH2.3] a room for invited members takes only those listed, and its creator must be one", async () => {
    const invited = await s.sign("bob", threadDraft({ chapter: s.north, name: "Garden crew", access: "invited", members: [s.key("carol"), s.key("bob")] }, [s.grants.bob]), 5);
    const room = roomOf(invited)!;
    expect(room.members).toEqual([s.key("bob"), s.key("carol")].sort());
    const byCarol = await s.sign("carol", messageDraft({ scope: room.id, text: "In" }, [s.grants.carol]), 10);
    const byAlice = await s.sign("alice", messageDraft({ scope: room.id, text: "Me too?" }, [s.grants.aliceNorth]), 11);
    const judged = judge(room, [invited, byCarol, byAlice]);
    expect(judged.verdicts.get(byCarol.id)?.status).toBe("valid");
    expect(judged.verdicts.get(byAlice.id)).toMatchObject({ status: "ineligible-signer", detail: "[CH1.4] the signer is not one of the room's invited members" });
    const outsider = await s.sign("alice", threadDraft({ chapter: s.north, name: "Not mine", access: "invited", members: [s.key("bob")] }, [s.grants.aliceNorth]), 6);
    expect(statusOf(roomOf(outsider)!, [outsider], outsider)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[CH/) });
  });

  it("[CH1.3] a message replayed into another room is refused there, and counts only where it was written", async () => {
    const original = await s.sign("bob", messageDraft({ scope: north.id, text: "Meet at six" }, [s.grants.bob]), 10);
    const other = await s.sign("bob", threadDraft({ chapter: s.north, name: "Other", access: "chapter" }, [s.grants.bob]), 5);
    expect(statusOf(roomOf(other)!, [other, original], original)).toEqual({ status: "wrong-context", detail: `[CH1.3] written for ${north.id}, not for this room ${other.id}` });
    expect(statusOf(north, [original], original)?.status).toBe("valid");
  });

  it("[CH1.4] a message citing records this device does not hold waits as missing-deps", async () => {
    const ghost = "G".repeat(42) + "A";
    const record = await s.sign("bob", messageDraft({ scope: north.id, text: "Later" }, [s.grants.bob, ghost as RecordId]), 10);
    expect(statusOf(north, [record], record)).toMatchObject({ status: "missing-deps", detail: expect.stringContaining(ghost) });
  });
});

describe("chat rooms: bad input", () => {
  it("[CH4.1] an oversized message is refused with the limit shown", async () => {
    const long = "x".repeat(MAX_MESSAGE_LENGTH + 1);
    expect(parseChatBody("message", messageDraft({ scope: north.id, text: long }).body)).toEqual({ ok: false, problem: `text must be 1 to ${MAX_MESSAGE_LENGTH} characters long` });
    const record = await s.sign("bob", messageDraft({ scope: north.id, text: long }, [s.grants.bob]), 10);
    expect(statusOf(north, [record], record)).toEqual({ status: "malformed", detail: "[CH1.1] text must be 1 to 4000 characters long" });
    expect(parseChatBody("message", messageDraft({ scope: north.id, text: "x".repeat(MAX_MESSAGE_LENGTH) }).body).ok).toBe(true);
  });

  it("[CH1.1] each malformed body is refused naming what is wrong", () => {
    const scope = north.id;
    const cases: [Parameters<typeof parseChatBody>[0], unknown, string][] = [
      ["message", { scope, text: "", root: null, quote: null, mentions: [], links: [] }, "text must be 1 to 4000 characters long"],
      ["message", { scope, text: "hi", root: null, quote: null, mentions: ["nope"], links: [] }, "mentions[0] is not a 32-byte base64url value"],
      ["message", { scope, text: "hi", root: null, quote: null, mentions: [], links: [{ kind: "poll", id: scope }] }, "links[0].kind is not one of proposal, vote"],
      ["message", { scope, text: "hi", root: null, quote: null, mentions: [], links: [{ kind: "vote", id: scope }, { kind: "vote", id: scope }] }, `links lists vote ${scope} twice`],
      ["message", { scope, text: "hi", root: null, quote: null, mentions: [] }, "body has members mentions,quote,root,scope,text, expected links,mentions,quote,root,scope,text"],
      ["reaction", { scope, target: scope, emoji: " 👍", on: true }, "emoji has a space at its start or end"],
      ["hide", { scope, target: scope, reason: "", hidden: true }, "reason must be 1 to 500 characters long"],
      ["thread", { chapter: scope, name: "Crew", access: "invited", members: [] }, "members is empty: a room for invited members lists them"],
      ["thread", { chapter: scope, name: "All", access: "chapter", members: [scope] }, "members must be empty for a room open to chapter"],
      ["thread", { chapter: scope, name: "All", access: "everyone", members: [] }, "access is not one of chapter, subtree, invited"],
      ["thread-page", { scope, n: 0 }, "n is not an integer in 1..2147483648"],
    ];
    for (const [kind, body, problem] of cases) expect(parseChatBody(kind, body as never), `${kind} ${problem}`).toEqual({ ok: false, problem });
  });
});

describe("chat rooms: what a room shows", () => {
  it("[CH5.1] [CH5.2] [CH5.3] only the sender edits or deletes a message; it shows edited or deleted and keeps its history", async () => {
    const message = await s.sign("bob", messageDraft({ scope: north.id, text: "Meet at six" }, [s.grants.bob]), 10);
    const edit = await s.sign("bob", messageEditDraft({ scope: north.id, target: message.id, text: "Meet at seven" }, [s.grants.bob]), 20);
    const notHis = await s.sign("carol", messageEditDraft({ scope: north.id, target: message.id, text: "Never mind" }, [s.grants.carol]), 30);
    const carolDeletes = await s.sign("carol", messageDeleteDraft({ scope: north.id, target: message.id }, [s.grants.carol]), 31);
    const judged = judge(north, [message, edit, notHis, carolDeletes]);
    expect(judged.verdicts.get(notHis.id)).toEqual({ status: "ineligible-signer", detail: "[CH5.1] only a message's sender may edit or delete it" });
    expect(judged.verdicts.get(carolDeletes.id)?.status).toBe("ineligible-signer");
    const shown = roomTimeline(judged).messages[0]!;
    expect(shown).toMatchObject({ text: "Meet at seven", edited: true, deleted: false });
    expect(shown.history.map((h) => h.text)).toEqual(["Meet at six", "Meet at seven"]);
    const bobDeletes = await s.sign("bob", messageDeleteDraft({ scope: north.id, target: message.id }, [s.grants.bob]), 40);
    const after = roomTimeline(judge(north, [message, edit, bobDeletes])).messages;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ deleted: true, history: [{ text: "Meet at six" }, { text: "Meet at seven" }] });
  });

  it("[CH4.2] a reply goes in its root's thread; a reply to a reply is refused; a reply whose root is not held waits", async () => {
    const root = await s.sign("bob", messageDraft({ scope: north.id, text: "Who brings chairs?" }, [s.grants.bob]), 10);
    const reply = await s.sign("carol", messageDraft({ scope: north.id, text: "I do", root: root.id, quote: root.id }, [s.grants.carol]), 11);
    const nested = await s.sign("bob", messageDraft({ scope: north.id, text: "Thanks", root: reply.id }, [s.grants.bob]), 12);
    const judged = judge(north, [nested, reply, root]);
    expect(judged.verdicts.get(nested.id)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[CH4\.2\] .* a thread has one level$/) });
    const timeline = roomTimeline(judged);
    expect(timeline.messages.map((m) => [m.id, m.replies])).toEqual([[root.id, 1]]);
    expect(timeline.threads.get(root.id)?.map((m) => [m.text, m.quote])).toEqual([["I do", root.id]]);
    expect(statusOf(north, [reply], reply)?.status).toBe("missing-deps");
  });

  it("[CH6.2] reactions are tallied by emoji: each member's latest reaction counts, and taking one back removes it", async () => {
    const message = await s.sign("bob", messageDraft({ scope: north.id, text: "Party!" }, [s.grants.bob]), 10);
    const react = (who: "alice" | "bob" | "carol", emoji: string, on: boolean, offset: number, grant: RecordId) =>
      s.sign(who, reactionDraft({ scope: north.id, target: message.id, emoji, on }, [grant]), offset);
    const records = [
      message,
      await react("carol", "🎉", true, 20, s.grants.carol),
      await react("alice", "🎉", true, 21, s.grants.aliceNorth),
      await react("alice", "🎉", false, 22, s.grants.aliceNorth),
      await react("bob", "👍", true, 23, s.grants.bob),
      await react("carol", "👍", true, 24, s.grants.carol),
    ];
    // By emoji in UTF-16 code units: 🎉 (U+1F389) before 👍 (U+1F44D).
    expect(roomTimeline(judge(north, records)).messages[0]?.reactions).toEqual([
      { emoji: "🎉", members: [s.key("carol")] },
      { emoji: "👍", members: [s.key("bob"), s.key("carol")].sort() },
    ]);
  });

  it("[CH7.2] pins: the latest pin or unpin of each message counts, newest pinned first, with the page to open", async () => {
    const [a, b] = ["a" as const, "b" as const].map((letter) => (letter.repeat(42) + "A") as RecordId);
    const pin = (target: RecordId, on: boolean, offset: number) => s.sign("carol", pinDraft({ scope: north.id, target, page: 3, on }, [s.grants.carol]), offset);
    const records = [await pin(a!, true, 10), await pin(b!, true, 11), await pin(a!, false, 12), await pin(a!, true, 13)];
    expect(roomTimeline(judge(north, records)).pins.map((p) => [p.target, p.page])).toEqual([[a, 3], [b, 3]]);
  });

  it("[CH3.2] the room's last page is the largest page started; 0 when none was", async () => {
    expect(roomTimeline(judge(north, [])).lastPage).toBe(0);
    const pages = await Promise.all([1, 3, 2].map((n) => s.sign("bob", threadPageDraft(north.id, n, [s.grants.bob]), n)));
    expect(roomTimeline(judge(north, pages)).lastPage).toBe(3);
  });
});

describe("chat rooms: moderation", () => {
  it("[CH8.1] a moderator (a role granted by decision) hides a message with a reason; a member who is none cannot", async () => {
    const message = await s.sign("bob", messageDraft({ scope: north.id, text: "Something rude" }, [s.grants.bob]), 10);
    const byModerator = await s.sign("carol", hideDraft({ scope: north.id, target: message.id, reason: "Insults a member", hidden: true }, [s.grants.carol, s.moderator]), 20);
    const byMember = await s.sign("bob", hideDraft({ scope: north.id, target: message.id, reason: "Regret", hidden: true }, [s.grants.bob]), 21);
    const noGrant = await s.sign("carol", hideDraft({ scope: north.id, target: message.id, reason: "Insults a member", hidden: true }, [s.moderator]), 22);
    const judged = judge(north, [message, byModerator, byMember, noGrant]);
    expect(judged.verdicts.get(byModerator.id)?.status).toBe("valid");
    expect(judged.verdicts.get(byMember.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[CH8\.1\] the signer cites no live moderator role/) });
    expect(judged.verdicts.get(noGrant.id)?.status).toBe("ineligible-signer");
  });

  it("[CH8.1] a moderator of a chapter moderates the rooms of the chapters below it, not those above", async () => {
    const root = generalRoom(s.root);
    const inRoot = await s.sign("dave", messageDraft({ scope: root.id, text: "City news" }, [s.grants.dave]), 10);
    const hide = await s.sign("carol", hideDraft({ scope: root.id, target: inRoot.id, reason: "Off topic", hidden: true }, [s.grants.carol, s.moderator]), 20);
    expect(statusOf(root, [inRoot, hide], hide)?.status).toBe("ineligible-signer");
  });

  it("[CH8.2] a hidden message is never erased: it stays in the room with the hide's reason, shown on request, and shows again when unhidden", async () => {
    const message = await s.sign("bob", messageDraft({ scope: north.id, text: "Something rude" }, [s.grants.bob]), 10);
    const hide = await s.sign("carol", hideDraft({ scope: north.id, target: message.id, reason: "Insults a member", hidden: true }, [s.grants.carol, s.moderator]), 20);
    const shown = roomTimeline(judge(north, [message, hide])).messages;
    expect(shown.map((m) => [m.text, m.hidden])).toEqual([["Something rude", { id: hide.id, by: s.key("carol"), at: hide.envelope.at, reason: "Insults a member" }]]);
    const unhide = await s.sign("carol", hideDraft({ scope: north.id, target: message.id, reason: "Apologised", hidden: false }, [s.grants.carol, s.moderator]), 30);
    expect(roomTimeline(judge(north, [message, hide, unhide])).messages[0]?.hidden).toBeNull();
  });
});

describe("chat rooms: builders", () => {
  it("[CH4.3] [CH2.1] builders sort mentions and invited members and drop repeats", () => {
    const [x, y] = ["x", "y"].map((letter) => (letter.repeat(42) + "A") as MemberKey);
    expect(messageDraft({ scope: north.id, text: "hi", mentions: [y!, x!, y!] }).body.mentions).toEqual([x, y]);
    expect(threadDraft({ chapter: s.north, name: "Crew", access: "invited", members: [y!, x!, x!] }).body.members).toEqual([x, y]);
    expect(threadDraft({ chapter: s.north, name: "Crew", access: "chapter" }).deps).toEqual([s.north]);
  });
});

describe("chat rooms: the deps a member cites", () => {
  it("[CH1.4] [CH8.1] the deps the roster gives a member are the ones the rules accept; none for who lacks the authority", async () => {
    const { foldMembership } = await import("../membership/fold-membership.js");
    const { roomMemberDeps, moderatorDeps } = await import("./room-deps.js");
    const roster = foldMembership(s.governance).roster;
    expect(roomMemberDeps(roster, north, s.key("bob"))).toEqual([s.grants.bob]);
    expect(roomMemberDeps(roster, north, s.key("dave"))).toBeUndefined();
    expect(roomMemberDeps(roster, { ...generalRoom(s.root), access: "subtree" }, s.key("bob"))).toEqual([s.grants.bob]);
    expect(moderatorDeps(roster, north, s.key("bob"))).toBeUndefined();
    const deps = moderatorDeps(roster, north, s.key("carol"))!;
    const message = await s.sign("bob", messageDraft({ scope: north.id, text: "Rude" }, roomMemberDeps(roster, north, s.key("bob"))), 10);
    const hide = await s.sign("carol", hideDraft({ scope: north.id, target: message.id, reason: "Rude", hidden: true }, deps), 11);
    expect(judge(north, [message, hide]).valid).toHaveLength(2);
  });
});

describe("chat rooms: what calls for a member", () => {
  it("[CH10.5] mentions of a member and replies in threads they wrote in call for them; their own, deleted and hidden messages do not", async () => {
    const { callsFor } = await import("./calls-for.js");
    const g = s.grants;
    const root = await s.sign("bob", messageDraft({ scope: north.id, text: "Who brings chairs?" }, [g.bob]), 10);
    const mention = await s.sign("carol", messageDraft({ scope: north.id, text: "@bob see the plan", mentions: [s.key("bob")] }, [g.carol]), 11);
    const reply = await s.sign("carol", messageDraft({ scope: north.id, text: "I do", root: root.id }, [g.carol]), 12);
    const own = await s.sign("bob", messageDraft({ scope: north.id, text: "Thanks @bob", root: root.id, mentions: [s.key("bob")] }, [g.bob]), 13);
    const otherThread = await s.sign("carol", messageDraft({ scope: north.id, text: "Unrelated" }, [g.carol]), 14);
    const unrelatedReply = await s.sign("alice", messageDraft({ scope: north.id, text: "Agreed", root: otherThread.id }, [g.aliceNorth]), 15);
    const hiddenMention = await s.sign("carol", messageDraft({ scope: north.id, text: "@bob rude", mentions: [s.key("bob")] }, [g.carol]), 16);
    const hide = await s.sign("carol", hideDraft({ scope: north.id, target: hiddenMention.id, reason: "Rude", hidden: true }, [g.carol, s.moderator]), 17);
    const timeline = roomTimeline(judge(north, [root, mention, reply, own, otherThread, unrelatedReply, hiddenMention, hide]));
    expect(callsFor(timeline, s.key("bob")).map((call) => [call.reason, call.message.id])).toEqual([["mention", mention.id], ["reply", reply.id]]);
    // Carol replied in bob's thread, so bob's later reply there calls for her too.
    expect(callsFor(timeline, s.key("carol")).map((call) => [call.reason, call.message.id])).toEqual([["reply", own.id], ["reply", unrelatedReply.id]]);
  });
});
