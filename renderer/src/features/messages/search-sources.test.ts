import type { ChatMessage } from "@chapterhouse/crdt/chat";
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { ConversationView } from "./conversation-view.js";
import { messageSearchItems } from "./search-sources.js";

const alice = "alice" as MemberKey;
const bob = "bob" as MemberKey;
const message = (id: string, author: MemberKey, text: string, changes: Partial<ChatMessage> = {}): ChatMessage => ({
  id: id as RecordId,
  author,
  at: 1_700_000_000_000,
  text,
  history: [],
  edited: false,
  deleted: false,
  root: null,
  quote: null,
  mentions: [],
  links: [],
  reactions: [],
  hidden: null,
  replies: 0,
  ...changes,
});
const view = (messages: readonly ChatMessage[], problems: ConversationView["problems"] = []): ConversationView => ({
  conversation: { scope: "scope" as RecordId, creator: alice, salt: "salt" },
  members: [alice, bob],
  heads: [],
  epochs: [],
  messages,
  problems,
});

describe("what private messages give search (issue 12 item 8)", () => {
  it("[SEARCH4] a message this device cannot decrypt is never indexed; deleted, hidden and blocked members' messages are left out", () => {
    const items = messageSearchItems(
      [
        view(
          [
            message("m1", alice, "The landlord meets us at nine"),
            message("m2", bob, "Deleted plan", { deleted: true }),
            message("m3", bob, "Hidden insult", { hidden: { by: alice, reason: "rude", at: 1, id: "h" as RecordId } as unknown as ChatMessage["hidden"] }),
            message("m4", "carol" as MemberKey, "Blocked spam"),
          ],
          [{ key: "unreadable-envelope", state: "unreadable" }],
        ),
      ],
      new Set(["carol" as MemberKey]),
    );
    expect(items).toEqual([{ key: "m1", kind: "message", chapter: null, title: "The landlord meets us at nine", text: "The landlord meets us at nine", href: "#/messages/alice/salt", at: 1_700_000_000_000 }]);
  });
});
