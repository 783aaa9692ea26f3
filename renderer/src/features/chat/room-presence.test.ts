import type { DocHandle } from "@automerge/automerge-repo";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { HERE_FOR_MS, RoomPresence, TYPING_FOR_MS, isPresenceMessage } from "./room-presence.js";

const key = (letter: string) => (letter.repeat(42) + "A") as MemberKey;

/** A handle that records what is broadcast and lets a test deliver ephemeral messages. */
function fakeHandle() {
  const listeners = new Set<(payload: { message: unknown }) => void>();
  const sent: unknown[] = [];
  const handle = {
    on: (_event: string, listener: (payload: { message: unknown }) => void) => listeners.add(listener),
    off: (_event: string, listener: (payload: { message: unknown }) => void) => listeners.delete(listener),
    broadcast: (message: unknown) => sent.push(message),
  };
  return { handle: handle as unknown as DocHandle<unknown>, sent, deliver: (message: unknown) => listeners.forEach((listener) => listener({ message })), listeners };
}

describe("presence and typing in a room (ephemeral, never stored)", () => {
  it("only a well-formed presence message passes the guard; anything else is dropped", () => {
    expect(isPresenceMessage({ type: "chat-here", member: key("a") })).toBe(true);
    expect(isPresenceMessage({ type: "chat-typing", member: key("a") })).toBe(true);
    for (const bad of [null, "chat-here", { type: "chat-here" }, { type: "chat-left", member: key("a") }, { type: "chat-here", member: "short" }, { type: "chat-here", member: key("a"), text: "hi" }])
      expect(isPresenceMessage(bad), JSON.stringify(bad)).toBe(false);
  });

  it("who is here and who is typing: heard from others only, for a while, and said with the member's own key", () => {
    let now = 1_000;
    const { handle, sent, deliver, listeners } = fakeHandle();
    const presence = new RoomPresence(handle, key("m"), () => now);
    let heard = 0;
    presence.subscribe(() => (heard += 1));
    deliver({ type: "chat-here", member: key("b") });
    deliver({ type: "chat-typing", member: key("c") });
    deliver({ type: "chat-here", member: key("m") });
    deliver({ type: "chat-typing", member: "not a key" });
    expect(heard).toBe(2);
    expect(presence.heard("chat-here")).toEqual([key("b")]);
    expect(presence.heard("chat-typing")).toEqual([key("c")]);
    now += TYPING_FOR_MS + 1;
    expect(presence.heard("chat-typing")).toEqual([]);
    now += HERE_FOR_MS;
    expect(presence.heard("chat-here")).toEqual([]);
    presence.say("chat-typing");
    expect(sent).toEqual([{ type: "chat-typing", member: key("m") }]);
    presence.close();
    expect(listeners.size).toBe(0);
  });
});
