import type { ModerationEntry } from "@chapterhouse/crdt/moderation";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { postPath } from "../blog/index.js";
import { roomPath } from "../chat/index.js";
import { currentPath } from "../currents/index.js";
import { topicPath } from "../forums/index.js";
import { chapterPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace } from "../organisation/index.js";
import { useMemberLabel } from "../profiles/index.js";
import { resourcePath } from "../resources/index.js";
import { useModerationLog } from "./use-moderation-log.js";
import "./moderation.css";

/** The route's chapter. */
export interface ModerationLogRoute {
  readonly organisation: string;
  readonly chapter: string;
}

/** A chapter's moderation log (PROTOCOL.md MOD3): what its moderators hid or showed again and why, and what members reported, for every member to read. */
export function ModerationLogScreen(route: ModerationLogRoute) {
  const t = useT("moderation");
  return <RequireUnlocked title={t("title")}>{(space) => <ModerationLog space={space} {...route} />}</RequireUnlocked>;
}

function ModerationLog({ space, organisation, chapter }: ModerationLogRoute & { readonly space: MemberSpace }) {
  const t = useT("moderation");
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useModerationLog(space.repo, session, chapter as ChapterId);
  const pending = organisationPending(view);
  const current = view?.roster.chapters.get(chapter as ChapterId);
  return (
    <div className="moderation-log">
      <PageHeading>{current === undefined ? t("title") : t("titleOf", { chapter: current.name })}</PageHeading>
      <p>{t("lede")}</p>
      <Link href={chapterPath.href({ organisation, chapter })} variant="standalone">
        {t("back")}
      </Link>
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {t("problem", { problem })}
        </p>
      )}
      {pending !== undefined || value === undefined ? (
        <Skeleton lines={3} />
      ) : value.entries.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("empty")} />
      ) : (
        <ol className="moderation-entries" aria-label={t("label")}>
          {value.entries.map((entry) => (
            <Entry key={entry.id} entry={entry} organisation={organisation} chapter={chapter} />
          ))}
        </ol>
      )}
    </div>
  );
}

/** Where an entry's room is (MOD2.2): the chat room, forum topic, blog post or lesson, or current it names. */
function hrefOf(entry: ModerationEntry, organisation: string, chapter: string): string {
  switch (entry.place) {
    case "topic":
      return topicPath.href({ organisation, chapter, topic: entry.scope });
    case "post":
    case "lesson":
      return postPath.href({ organisation, chapter, post: entry.scope });
    case "current":
      return currentPath.href({ organisation, current: entry.scope });
    case "room":
      return roomPath.href({ organisation, chapter, room: entry.scope });
    case "library":
      return resourcePath.href({ organisation, chapter, resource: entry.target });
  }
}

function Entry({ entry, organisation, chapter }: { readonly entry: ModerationEntry; readonly organisation: string; readonly chapter: string }) {
  const t = useT("moderation");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const place = entry.place === "library" ? t("libraryResource") : entry.place === "room" && entry.name === "" ? t("generalRoom") : entry.name;
  const href = hrefOf(entry, organisation, chapter);
  const who = labelOf(entry.by);
  const what = entry.action === "hide" ? t("hid", { who }) : entry.action === "show" ? t("showed", { who }) : t("reported", { who });
  return (
    <li className="moderation-entry" data-action={entry.action}>
      <p>
        {what} <Link href={href}>{place}</Link> · {format.dateTime(entry.at)}
      </p>
      <p className="moderation-reason">{t("reason", { reason: entry.reason })}</p>
    </li>
  );
}
