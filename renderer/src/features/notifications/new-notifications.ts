import type { MemberKey } from "@chapterhouse/crdt/records";
import type { NotificationItem } from "../../shared/routing/notification-sources.js";

/**
 * What is new to `member` (NOTE1): what happened at or after `since`, when this device first saw
 * the organisation (so a fresh device is not flooded with its history), and not done by the
 * member themselves. Each key once (a source may see a record twice). Never throws.
 */
export function newNotifications<T extends NotificationItem>(items: readonly T[], since: number, member: MemberKey): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.at < since || item.by === member || seen.has(item.key)) return false;
    seen.add(item.key);
    return true;
  });
}
