import type { ChapterId } from "@chapterhouse/crdt/records";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { Link } from "../../shared/ui/Link.js";
import { SummaryList, SummaryMeta } from "../../shared/ui/SummaryList.js";
import { chapterSectionPath, useMemberSpace, useOrganisation } from "../organisation/index.js";
import { FORUM_SECTION, topicPath } from "./paths.js";
import { useForum } from "./use-forum.js";

/** How many of the newest topics the home page lists. */
const LATEST = 5;

/** The chapter home page's newest forum topics (FO6: newest first), each linking to it, and the way to the whole forum. */
export function LatestTopicsSummary({ organisation, chapter }: ChapterPlace) {
  const t = useT("forums");
  const format = useFormat();
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  const { value } = useForum(session, chapter as ChapterId);
  const forum = (
    <Link href={chapterSectionPath.href({ organisation, chapter, section: FORUM_SECTION })}>{t("homePage.toForum")}</Link>
  );
  const categoryOf = new Map(value?.categories.map((category) => [category.id, category.name]));
  return (
    <SummaryList
      title={t("homePage.heading")}
      items={value?.topics.slice(0, LATEST).map((topic) => ({
        key: topic.id,
        content: (
          <>
            <Link href={topicPath.href({ organisation, chapter, topic: topic.id })}>{topic.title}</Link>{" "}
            <SummaryMeta>
              {t("homePage.in", { category: categoryOf.get(topic.category) ?? "" })} · {format.dateTime(topic.at)}
            </SummaryMeta>
          </>
        ),
      }))}
      empty={
        <>
          {t("homePage.none")} {forum}
        </>
      }
      more={forum}
    />
  );
}
