/**
 * The member's conversation index on this device: when each conversation last had a message, as
 * this device last read it, and the invitations of the member's inbox the key vault has opened
 * (PVC6.3). A cache derived from the documents, never a record and never synced (so PROTOCOL.md is
 * unchanged; it holds no key, only what the conversations' ids already say): it lets the
 * conversation list open only the
 * conversations of the page it shows (`conversationsToRead`), and follows what syncs because
 * every reading of a conversation — the list's, a conversation's screen, the bell's reading of
 * every conversation in the background lane (HOME4) — notes what it found; and the inbox is read
 * without asking the vault again for every invitation it already opened (one X25519 opening each,
 * seconds for thousands). In the device-local
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
  /** The plaintext (base64url) of each invitation the vault opened here, by the invitation's key (its id, PVC6.3). */
  invitations(): Promise<ReadonlyMap<string, string>>;
  /** Notes what the vault opened, by invitation key. */
  noteInvitations(opened: ReadonlyMap<string, string>): Promise<void>;
  /** Calls `listener` after each change of the times noted, in this tab or another; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** The index of `member` in `db`. A stored value that is not a time reads as not noted. */
export function dexieConversationIndex(db: LocalDb, member: MemberKey): ConversationIndex {
  const prefix = `messagesNewest ${member} `;
  const invitationPrefix = `messagesInvitation ${member} `;
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
    invitations: async () => {
      const rows = await db.settings.where("key").startsWith(invitationPrefix).toArray();
      return new Map(rows.flatMap(({ key, value }) => (typeof value === "string" ? [[key.slice(invitationPrefix.length), value] as const] : [])));
    },
    noteInvitations: async (opened) => {
      if (opened.size > 0) await db.settings.bulkPut([...opened].map(([key, plaintext]) => ({ key: invitationPrefix + key, value: plaintext })));
    },
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
