/**
 * The records of the chat vector (crdt/vectors/chat/rooms.json), built from the chat scenario:
 * a conversation in North's general room (a mention, a reply in a thread, a quote, a reaction,
 * an edit, a deletion, a pin, a moderator's hide and the bad cases), and an invited room.
 */
import type { RecordId } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";
import { hideDraft, messageDeleteDraft, messageDraft, messageEditDraft, pinDraft, reactionDraft, threadDraft, threadPageDraft } from "../chat-records.js";
import { generalRoom } from "../general-room.js";
import { roomOf, type Room } from "../room.js";
import type { ChatScenario } from "./chat-scenario.js";

/** One record of the vector, the room it is read in, and why it is there. */
export interface VectorRecord {
  readonly room: "north" | "crew";
  readonly note: string;
  readonly record: ParsedRecord;
}

/** The vector's rooms and records, in the order the file lists them. Rejects only if signing fails. */
export async function chatVectorRecords(s: ChatScenario): Promise<{ rooms: Record<"north" | "crew", Room>; records: VectorRecord[] }> {
  const north = generalRoom(s.north).id;
  const g = s.grants;
  const crewThread = await s.sign("bob", threadDraft({ chapter: s.north, name: "Garden crew", access: "invited", members: [s.key("bob"), s.key("carol")] }, [g.bob]), 5);
  const crew = crewThread.id;
  const hello = await s.sign("bob", messageDraft({ scope: north, text: "Hello @carol, the garden meeting is on Friday", mentions: [s.key("carol")] }, [g.bob]), 10);
  const reply = await s.sign("carol", messageDraft({ scope: north, text: "I will bring the seeds", root: hello.id, quote: hello.id }, [g.carol]), 20);
  const link = await s.sign("alice", messageDraft({ scope: north, text: "Please read the proposal first", links: [{ kind: "proposal", id: s.root as string as RecordId }] }, [g.aliceNorth]), 30);
  const rude = await s.sign("bob", messageDraft({ scope: north, text: "Something rude" }, [g.bob]), 40);
  const records: VectorRecord[] = [
    { room: "crew", note: "CH2.3: bob creates a room for bob and carol", record: crewThread },
    { room: "crew", note: "CH1.4: carol, invited, writes", record: await s.sign("carol", messageDraft({ scope: crew, text: "Tools are in the shed" }, [g.carol]), 6) },
    { room: "crew", note: "CH1.4: alice is no invited member", record: await s.sign("alice", messageDraft({ scope: crew, text: "May I join?" }, [g.aliceNorth]), 7) },
    { room: "north", note: "CH4.3: a message mentioning carol", record: hello },
    { room: "north", note: "CH4.2: carol replies in hello's thread, quoting it", record: reply },
    { room: "north", note: "CH4.4: a link to a proposal (any id: display only)", record: link },
    { room: "north", note: "CH6.2: carol reacts", record: await s.sign("carol", reactionDraft({ scope: north, target: hello.id, emoji: "🌱", on: true }, [g.carol]), 50) },
    { room: "north", note: "CH5.2: bob edits his message", record: await s.sign("bob", messageEditDraft({ scope: north, target: hello.id, text: "Hello @carol, the garden meeting is on Saturday" }, [g.bob]), 60) },
    { room: "north", note: "CH5.1: carol cannot delete bob's message", record: await s.sign("carol", messageDeleteDraft({ scope: north, target: hello.id }, [g.carol]), 61) },
    { room: "north", note: "CH7.2: alice pins the link on page 0", record: await s.sign("alice", pinDraft({ scope: north, target: link.id, page: 0, on: true }, [g.aliceNorth]), 70) },
    { room: "north", note: "CH1.4: bob's message", record: rude },
    { room: "north", note: "CH8.1: carol, moderator of North, hides it with a reason", record: await s.sign("carol", hideDraft({ scope: north, target: rude.id, reason: "Insults a member", hidden: true }, [g.carol, s.moderator]), 80) },
    { room: "north", note: "CH8.1: bob is no moderator", record: await s.sign("bob", hideDraft({ scope: north, target: hello.id, reason: "Mine", hidden: true }, [g.bob]), 81) },
    { room: "north", note: "CH5.3: alice deletes her link message", record: await s.sign("alice", messageDeleteDraft({ scope: north, target: link.id }, [g.aliceNorth]), 90) },
    { room: "north", note: "CH3.2: page 1 started", record: await s.sign("bob", threadPageDraft(north, 1, [g.bob]), 95) },
    { room: "north", note: "CH1.3: carol's crew message replayed into North", record: (await s.sign("carol", messageDraft({ scope: crew, text: "Tools are in the shed" }, [g.carol]), 6)) },
    { room: "north", note: "CH1.4: erin is no member", record: await s.sign("erin", messageDraft({ scope: north, text: "Hi all" }, []), 100) },
    { room: "north", note: "CH4.1: over 4,000 characters", record: await s.sign("dave", messageDraft({ scope: north, text: "x".repeat(4001) }, [g.dave]), 110) },
    { room: "north", note: "CH1.4: dave is a member of Riverside, not a direct member of North", record: await s.sign("dave", messageDraft({ scope: north, text: "From the city" }, [g.dave]), 111) },
  ];
  return { rooms: { north: generalRoom(s.north), crew: roomOf(crewThread)! }, records };
}
