/**
 * The notifications of one organisation: every registered source's, read in ONE live query per
 * organisation over the home's read context (the organisation's fold, computed once per change in
 * the worker); each source's reading runs in the worker, and the page keeps what is new (NOTE1).
 */
import type { MemberKey } from "@chapterhouse/crdt/records";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { QuerySpec } from "../../shared/documents/live-query.js";
import type { NotificationItem, NotificationReader } from "../../shared/routing/notification-sources.js";
import { homeReadContext, placeOf } from "../home/index.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { newNotifications } from "./new-notifications.js";

/** A notification with the organisation and the chapter it is in. */
export interface PlacedNotification extends NotificationItem {
  /** The Organisation document's id (for links). */
  readonly organisation: string;
  /** The chapter's name (empty if the roster does not know it, or it is in no chapter). */
  readonly chapterName: string;
}

/** What the query is about. */
export interface NotificationsSubject {
  readonly organisation: OpenOrganisation;
  readonly member: MemberKey;
  /** When this device first saw the organisation (NOTE1). */
  readonly since: number;
  /** The device clock. */
  readonly now: () => number;
}

/** The query of what is new to `subject.member` in `subject.organisation`, every source's in `readers`' order. */
export function notificationsQuery(readers: readonly NotificationReader[], { organisation, member, since, now }: NotificationsSubject): QuerySpec<PlacedNotification[]> {
  const scope = organisation.url;
  return {
    key: `notifications ${scope} ${member} ${since}`,
    async read(query) {
      const context = await homeReadContext(query, organisation, member, since, now());
      if (context === null) return [];
      const { roster } = context.organisation;
      const id = documentIdOf(scope);
      const items: NotificationItem[] = [];
      // One source after another: each may follow documents (a Pending ends the read until they arrive).
      for (const read of readers) items.push(...(await read(context)));
      return newNotifications(items, since, member).map((item) => ({ ...item, organisation: id, chapterName: item.chapter === null ? "" : (placeOf(roster, item.chapter).at(-1)?.name ?? "") }));
    },
  };
}
