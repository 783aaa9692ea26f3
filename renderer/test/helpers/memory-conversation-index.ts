/**
 * A conversation index in memory (features/messages/conversation-index.ts), for data-layer tests
 * in Node, which has no IndexedDB: the same contract as the device's Dexie index.
 */
import type { RecordId } from "@chapterhouse/crdt/records";
import type { ConversationIndex } from "../../src/features/messages/conversation-index.js";

/** An empty index; `notes` counts the times noted that changed it. */
export function memoryConversationIndex(): ConversationIndex & { readonly notes: () => number } {
  const times = new Map<RecordId, number>();
  const listeners = new Set<() => void>();
  const invitations = new Map<string, string>();
  let notes = 0;
  return {
    known: () => Promise.resolve(new Map(times)),
    note(next) {
      const changed = [...next].filter(([scope, at]) => times.get(scope) !== at);
      for (const [scope, at] of changed) times.set(scope, at);
      notes += changed.length;
      if (changed.length > 0) for (const listener of [...listeners]) listener();
      return Promise.resolve();
    },
    invitations: () => Promise.resolve(new Map(invitations)),
    noteInvitations(opened) {
      for (const [key, plaintext] of opened) invitations.set(key, plaintext);
      return Promise.resolve();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notes: () => notes,
  };
}
