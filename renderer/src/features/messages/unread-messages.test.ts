import type { ChatMessage } from "@chapterhouse/crdt/chat";
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { unreadMessages } from "./unread-messages.js";

const key = (letter: string) => `${letter.repeat(42)}A` as MemberKey;
const [me, ana, ben] = [key("m"), key("a"), key("b")];
const message = (author: MemberKey, at: number, deleted = false) =>
  ({ id: `${String(at).padStart(42, "0")}A` as RecordId, author, at, text: `at ${at}`, history: [], edited: false, deleted, root: null, quote: null, mentions: [], links: [], reactions: [], hidden: null, replies: 0 }) satisfies ChatMessage;

describe("unread messages", () => {
  it("[PVC4.4] are others' messages after the last look, not my own, not deleted ones, not a blocked member's", () => {
    const messages = [message(ana, 10), message(me, 20), message(ana, 30), message(ben, 40), message(ana, 50, true)];
    expect(unreadMessages({ messages }, me, 0).map((m) => m.at)).toEqual([10, 30, 40]);
    expect(unreadMessages({ messages }, me, 30).map((m) => m.at)).toEqual([40]);
    expect(unreadMessages({ messages }, me, 0, new Set([ben])).map((m) => m.at)).toEqual([10, 30]);
    expect(unreadMessages({ messages }, me, 40)).toEqual([]);
  });
});
