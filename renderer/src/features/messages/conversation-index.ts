/**
 * The member's conversation index on this device: when each conversation last had a message, as
 * this device last read it. A cache derived from the Conversation documents, never a record and
 * never synced (so PROTOCOL.md is unchanged): it lets the conversation list open only the
 * conversations of the page it shows (`conversationsToRead`), and follows what syncs because
 * every reading of a conversation — the list's, a conversation's screen, the bell's reading of
 * every conversation in the background lane (HOME4) — notes what it found. In the device-local
 * database's `settings` table, one row per conversation (no new schema version).
 */
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { liveQuery } from "dexie";
import type { LocalDb } from "../../shared/data/local-db.js";

/** When each conversation (by its scope) last had a message, in ms since the epoch (0: none yet). */
export type ConversationTimes = ReadonlyMap<RecordId, number>;

/** The member's conversation index. */
export interface ConversationIndex {
  /** Every conversation this device has read, with when it last had a message. */
  known(): Promise<ConversationTimes>;
  /** Notes what a reading found; a time already noted is not written again (nothing to tell). */
  note(times: ConversationTimes): Promise<void>;
  /** Calls `listener` after each change noted, in this tab or another; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** The index of `member` in `db`. A stored value that is not a time reads as not noted. */
export function dexieConversationIndex(db: LocalDb, member: MemberKey): ConversationIndex {
  const prefix = `messagesNewest ${member} `;
  const known = async (): Promise<Map<RecordId, number>> => {
    const rows = await db.settings.where("key").startsWith(prefix).toArray();
    return new Map(rows.flatMap(({ key, value }) => (isTime(value) ? [[key.slice(prefix.length) as RecordId, value] as const] : [])));
  };
  return {
    known,
    note: (times) =>
      db.transaction("rw", db.settings, async () => {
        const keys = [...times.keys()].map((scope) => prefix + scope);
        const stored = await db.settings.bulkGet(keys);
        const changed = [...times].filter(([, at], i) => stored[i]?.value !== at).map(([scope, at]) => ({ key: prefix + scope, value: at }));
        if (changed.length > 0) await db.settings.bulkPut(changed);
      }),
    subscribe(listener) {
      let first = true;
      // Dexie's live query answers once at once, then after each write to these rows.
      const subscription = liveQuery(known).subscribe({
        next() {
          if (!first) listener();
          first = false;
        },
      });
      return () => subscription.unsubscribe();
    },
  };
}

const isTime = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
