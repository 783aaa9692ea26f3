import { useT } from "../../shared/i18n/use-t.js";
import { Icon } from "../../shared/ui/icons.js";
import { useMemberSpace, type MemberSpace } from "../organisation/index.js";
import { notificationsPath } from "./paths.js";
import { useNotifications } from "./use-notifications.js";
import { useSystemNotices } from "./use-system-notices.js";
import "./notifications.css";

/** The shell header's bell: a link to the notifications whose name says how many are unread; while unlocked only. */
export function NotificationBell() {
  const { space } = useMemberSpace();
  return space === undefined ? null : <Bell space={space} />;
}

function Bell({ space }: { readonly space: MemberSpace }) {
  const t = useT("notifications");
  const view = useNotifications(space);
  useSystemNotices(view);
  const label = view.unread === 0 ? t("bellNone") : t("bell", { count: view.unread });
  return (
    <a className="notification-bell" href={notificationsPath.href()} aria-label={label} title={label}>
      <Icon name="bell" />
      {view.unread === 0 ? null : (
        <span className="notification-count" aria-hidden="true">
          {view.unread > 99 ? "99+" : view.unread}
        </span>
      )}
    </a>
  );
}
