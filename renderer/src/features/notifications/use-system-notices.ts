import { useEffect, useRef } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import { toAnnounce } from "./to-announce.js";
import type { NotificationsView } from "./use-notifications.js";

/**
 * Raises a system notification for each notification that arrives while the app is open (NOTE4),
 * when the member turned them on and the platform allows; a click opens its page.
 */
export function useSystemNotices(view: NotificationsView): void {
  const t = useT("notifications");
  const { platform } = useAppData();
  const known = useRef<ReadonlySet<string> | undefined>(undefined);
  useEffect(() => {
    if (view.loading) return;
    const { announce, known: now } = toAnnounce(known.current, view.items, view.read);
    known.current = now;
    if (!view.settings.system) return;
    for (const item of announce) {
      platform.systemNotifications.show({ title: t(`kinds.${item.kind}`), body: item.chapterName === "" ? item.title : `${item.title} (${item.chapterName})`, tag: item.key }, () => navigate(item.href));
    }
  }, [view, platform, t]);
}
