/**
 * A conversation as the messages screens show it (PROTOCOL.md PVC5): what `readConversation`
 * reads, in plain data the worker hands the page — who is in it now, its epochs (who could read
 * what, PVC4.2), its messages (CH10) and each envelope that gave no message, named plainly (PVC5.4).
 */
import type { ChatMessage } from "@chapterhouse/crdt/chat";
import type { Conversation, ConversationReading } from "@chapterhouse/crdt/conversations";
import type { EpochReading, EpochId } from "@chapterhouse/crdt/private";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { PrivateThread } from "./private-thread.js";

/** An envelope that gave no message, and why (PV5, PVC5.4). */
export type EnvelopeProblem =
  /** No key of its epoch on this device: "can't be read on this device". */
  | { readonly key: string; readonly state: "unreadable" }
  | { readonly key: string; readonly state: "oversized"; readonly limit: number }
  | { readonly key: string; readonly state: "damaged" | "replayed" | "invalid"; readonly detail: string };

/** What one member's device shows of a conversation, or of an invited room (CH12.3). */
export interface ConversationView<T extends PrivateThread = Conversation> {
  readonly conversation: T;
  /** The members of the head epochs, sorted: who reads what is written next (PVC5.3). */
  readonly members: readonly MemberKey[];
  /** The head epochs (PV6.4), sorted. */
  readonly heads: readonly EpochId[];
  /** Every epoch that counts (PVC3), with who it was sealed to and whether this device holds its key. */
  readonly epochs: readonly EpochReading[];
  /**
   * Every message, replies inline (each names what it quotes): by claimed time, ties by id, as
   * CH10.1 orders a room's. Deleted and edited ones included.
   */
  readonly messages: readonly ChatMessage[];
  /** Sorted by key. */
  readonly problems: readonly EnvelopeProblem[];
}

const byTime = (a: ChatMessage, b: ChatMessage): number => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The view of a reading. Pure; never throws. */
export function conversationView<T extends PrivateThread>(conversation: T, reading: ConversationReading): ConversationView<T> {
  const problems: EnvelopeProblem[] = [];
  for (const envelope of reading.envelopes) {
    const { key } = envelope;
    if (envelope.state === "readable") continue;
    if (envelope.state === "unreadable") problems.push({ key, state: "unreadable" });
    else if (envelope.state === "oversized") problems.push({ key, state: "oversized", limit: envelope.limit });
    else problems.push({ key, state: envelope.state, detail: envelope.detail });
  }
  return {
    conversation,
    members: reading.members,
    heads: reading.keys.heads,
    epochs: reading.keys.epochs,
    messages: [...reading.timeline.messages, ...[...reading.timeline.threads.values()].flat()].sort(byTime),
    problems,
  };
}
