import type { DocumentUrl, MemberKey } from "@chapterhouse/crdt/records";
import { useEffect, useMemo, useState } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import { useQueries } from "../../shared/documents/use-queries.js";
import { notificationSources } from "../../shared/routing/notification-sources.js";
import type { MemberSpace } from "../organisation/index.js";
import { isShown, type NotificationSettings } from "./notification-settings.js";
import { useNotificationState } from "./notification-state.js";
import { notificationsQuery, type PlacedNotification } from "./notifications-query.js";

/** What the bell and the list show. */
export interface NotificationsView {
  /** True until every organisation was read once. */
  readonly loading: boolean;
  /** What is new and shown by the member's settings, across their organisations, newest first. */
  readonly items: readonly PlacedNotification[];
  readonly read: ReadonlySet<string>;
  /** How many of `items` are not read. */
  readonly unread: number;
  readonly settings: NotificationSettings;
}

/**
 * The member's notifications: every registered source's, across the organisations of their Home
 * document (one live query each), kept by the rule of what is new (NOTE1) and their settings (NOTE3).
 */
export function useNotifications(space: MemberSpace): NotificationsView {
  const state = useNotificationState();
  const member = space.member.key;
  const home = useObservable(space.homeView);
  const mine = useObservable(useMemo(() => state.of(member), [state, member]));
  const organisations = home.entries.organisations.map((entry) => entry.organisation);
  const since = useFirstSeen(member, organisations);
  // The registry is filled once at start-up, so every render calls the same hooks in the same order.
  const readers = notificationSources.all().map((source) => source.useReader());
  const seen = organisations.filter((url) => since.has(url));
  const specs = useMemo(
    () => seen.map((url) => notificationsQuery(readers, { organisation: space.organisation(url), member, since: since.get(url) ?? 0, now: Date.now })),
    // The readers are bound to services that live as long as the app: the organisations and their first times name the queries.
    [space, seen.map((url) => `${url}@${since.get(url)}`).join(" ")],
  );
  const states = useQueries(specs);
  const loading = !home.loaded || !mine.loaded || seen.length < organisations.length || states.some((query) => query.value === undefined && query.status === "loading");
  const items = states
    .flatMap((query) => query.value ?? [])
    .filter((item) => isShown(item.kind, mine.settings))
    .sort((a, b) => b.at - a.at);
  return { loading, items, read: mine.read, unread: items.filter((item) => !mine.read.has(item.key)).length, settings: mine.settings };
}

/** When this device first saw each organisation (NOTE1), by URL, as they are read (an organisation new to the device is noted now). */
function useFirstSeen(member: MemberKey, organisations: readonly DocumentUrl[]): ReadonlyMap<DocumentUrl, number> {
  const state = useNotificationState();
  const [since, setSince] = useState<ReadonlyMap<DocumentUrl, number>>(new Map());
  const names = organisations.join(" ");
  useEffect(() => {
    let shown = true;
    void Promise.all(organisations.map(async (url) => [url, await state.firstSeen(member, url, Date.now())] as const)).then((entries) => {
      if (shown) setSince(new Map(entries));
    });
    return () => {
      shown = false;
    };
  }, [state, member, names]);
  return since;
}
