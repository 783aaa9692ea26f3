/**
 * Who is in a room and who is typing (issue 11 item 2): ephemeral messages on the room's page 0
 * (automerge-repo's `broadcast`, which relays pass on, PROTOCOL.md W1.7, and never store). Unsigned
 * and never kept: a hint for the screen, so each is checked by a guard at the edge and anything
 * else is dropped.
 */
import type { DocHandle } from "@automerge/automerge-repo";
import type { MemberKey } from "@chapterhouse/crdt/records";

/** An ephemeral chat message: a member is here, or typing. */
export interface PresenceMessage {
  readonly type: "chat-here" | "chat-typing";
  readonly member: MemberKey;
}

/** How long a member counts as here, or typing, after their last message (milliseconds). */
export const HERE_FOR_MS = 30_000;
export const TYPING_FOR_MS = 5_000;
/** How often a member says they are here while the room is open. */
export const HERE_EVERY_MS = 10_000;

const KEY = /^[A-Za-z0-9_-]{43}$/;

/** True for a well-formed presence message. Never throws. */
export function isPresenceMessage(value: unknown): value is PresenceMessage {
  if (typeof value !== "object" || value === null) return false;
  const { type, member } = value as Record<string, unknown>;
  return (type === "chat-here" || type === "chat-typing") && typeof member === "string" && KEY.test(member) && Object.keys(value).length === 2;
}

/** Who was last heard when, by kind. */
export class RoomPresence {
  readonly #heard = { "chat-here": new Map<MemberKey, number>(), "chat-typing": new Map<MemberKey, number>() };
  readonly #listeners = new Set<() => void>();
  readonly #off: () => void;

  /** Listens on `handle` for presence messages (`now` gives the time they are heard). */
  constructor(
    readonly handle: DocHandle<unknown>,
    readonly me: MemberKey,
    readonly now: () => number,
  ) {
    const listener = ({ message }: { readonly message: unknown }) => {
      if (!isPresenceMessage(message) || message.member === me) return;
      this.#heard[message.type].set(message.member, now());
      if (message.type === "chat-here") this.#heard["chat-typing"].delete(message.member);
      for (const notify of this.#listeners) notify();
    };
    handle.on("ephemeral-message", listener);
    this.#off = () => handle.off("ephemeral-message", listener);
  }

  /** Tells the others the member is here, or typing. */
  say(type: PresenceMessage["type"]): void {
    this.handle.broadcast({ type, member: this.me } satisfies PresenceMessage);
  }

  /** The members heard as `type` recently, sorted. */
  heard(type: PresenceMessage["type"]): MemberKey[] {
    const within = type === "chat-here" ? HERE_FOR_MS : TYPING_FOR_MS;
    const since = this.now() - within;
    return [...this.#heard[type]].filter(([, at]) => at >= since).map(([member]) => member).sort();
  }

  /** Calls `listener` whenever something is heard; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    this.#off();
    this.#listeners.clear();
  }
}
