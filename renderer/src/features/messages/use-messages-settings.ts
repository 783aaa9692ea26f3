import type { MemberKey } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { dexieMessagesSettings, type MessagesSettings } from "./messages-settings.js";

/** The member's device-local settings of messages. */
export function useMessagesSettings(member: MemberKey): MessagesSettings {
  const { db } = useAppData();
  return useMemo(() => dexieMessagesSettings(db, member), [db, member]);
}
