import { useId } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { RequireUnlocked, type MemberSpace } from "../organisation/index.js";
import { groupByDay } from "./group-by-day.js";
import { useNotificationState } from "./notification-state.js";
import type { PlacedNotification } from "./notifications-query.js";
import { useNotifications } from "./use-notifications.js";
import "./notifications.css";

/** The member's notifications by day, newest first, each a link to where it happened; read one or all. */
export function NotificationsScreen() {
  const t = useT("notifications");
  return <RequireUnlocked title={t("title")}>{(space) => <Notifications space={space} />}</RequireUnlocked>;
}

function Notifications({ space }: { readonly space: MemberSpace }) {
  const t = useT("notifications");
  const state = useNotificationState();
  const view = useNotifications(space);
  const member = space.member.key;
  const markRead = (keys: readonly string[]) => void state.markRead(member, keys);
  return (
    <div className="notifications">
      <PageHeading>{t("title")}</PageHeading>
      <p className="notifications-lede">{t("lede")}</p>
      {view.loading && view.items.length === 0 ? (
        <Skeleton />
      ) : view.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyText")} />
      ) : (
        <>
          {view.unread === 0 ? null : (
            <FormActions>
              <Button onPress={() => markRead(view.items.map((item) => item.key))}>{t("markAllRead")}</Button>
            </FormActions>
          )}
          <Days items={view.items} read={view.read} onRead={markRead} />
        </>
      )}
    </div>
  );
}

function Days({ items, read, onRead }: { readonly items: readonly PlacedNotification[]; readonly read: ReadonlySet<string>; readonly onRead: (keys: readonly string[]) => void }) {
  const format = useFormat();
  const t = useT("notifications");
  return (
    <div className="notifications-days" role="group" aria-label={t("days")}>
      {groupByDay(items).map(({ day, items: ofDay }) => (
        <Day key={day} heading={format.date(day)} items={ofDay} read={read} onRead={onRead} />
      ))}
    </div>
  );
}

function Day({ heading, items, read, onRead }: { readonly heading: string; readonly items: readonly PlacedNotification[]; readonly read: ReadonlySet<string>; readonly onRead: (keys: readonly string[]) => void }) {
  const t = useT("notifications");
  const format = useFormat();
  const id = useId();
  return (
    <section className="notifications-day" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="notifications-list">
        {items.map((item) => {
          const unread = !read.has(item.key);
          return (
            <li key={`${item.organisation} ${item.key}`} className="notification" data-unread={unread}>
              <span className="notification-kind">
                {unread ? <span className="notification-dot" aria-hidden="true" /> : null}
                {t(`kinds.${item.kind}`)}
                {unread ? <span className="ui-visually-hidden"> ({t("unread")})</span> : null}
              </span>
              <Link href={item.href} variant="standalone" onPress={() => onRead([item.key])}>
                {item.title}
              </Link>
              <span className="notification-where">
                {item.chapterName === "" ? null : `${t("in", { chapter: item.chapterName })} · `}
                <time dateTime={new Date(item.at).toISOString()}>{format.time(item.at)}</time>
              </span>
              {unread ? (
                <Button size="small" variant="quiet" aria-label={t("markReadOf", { title: item.title })} onPress={() => onRead([item.key])}>
                  {t("markRead")}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
