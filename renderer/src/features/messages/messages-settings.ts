/**
 * What this device keeps of the member's conversations, never a record (PROTOCOL.md PVC4.4): when
 * the member last looked at each (the unread markers) and whom they blocked (their messages hidden
 * on this device). In the device-local database's `settings` table (no new schema version).
 */
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { LocalDb } from "../../shared/data/local-db.js";

/** The member's device-local settings of messages. */
export interface MessagesSettings {
  /** When the member last looked at `scope` (ms since the epoch), 0 when never. */
  lastRead(scope: RecordId): Promise<number>;
  markRead(scope: RecordId, at: number): Promise<void>;
  blocked(): Promise<ReadonlySet<MemberKey>>;
  setBlocked(member: MemberKey, blocked: boolean): Promise<void>;
}

/** The settings of `member` in `db`. A stored value of the wrong shape reads as nothing stored. */
export function dexieMessagesSettings(db: LocalDb, member: MemberKey): MessagesSettings {
  const readKey = (scope: RecordId) => `messagesRead ${member} ${scope}`;
  const blockedKey = `messagesBlocked ${member}`;
  const blocked = async (): Promise<Set<MemberKey>> => {
    const value = (await db.settings.get(blockedKey))?.value;
    return new Set(Array.isArray(value) ? value.filter((one): one is MemberKey => typeof one === "string") : []);
  };
  return {
    lastRead: async (scope) => {
      const value = (await db.settings.get(readKey(scope)))?.value;
      return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : 0;
    },
    markRead: async (scope, at) => {
      await db.settings.put({ key: readKey(scope), value: at });
    },
    blocked,
    setBlocked: async (member, block) => {
      const set = await blocked();
      if (block) set.add(member);
      else set.delete(member);
      await db.settings.put({ key: blockedKey, value: [...set].sort() });
    },
  };
}
