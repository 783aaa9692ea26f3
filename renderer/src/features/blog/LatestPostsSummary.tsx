import type { ChapterId } from "@chapterhouse/crdt/records";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { Link } from "../../shared/ui/Link.js";
import { SummaryList, SummaryMeta } from "../../shared/ui/SummaryList.js";
import { chapterSectionPath, useMemberSpace, useOrganisation } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { BLOG_SECTION, postPath } from "./paths.js";
import { useBlog } from "./use-blog.js";

/** How many of the latest posts the home page lists. */
const LATEST = 5;

/** The chapter home page's latest posts and lessons of its blog (BL6), each linking to it, and the way to the whole blog. */
export function LatestPostsSummary({ organisation, chapter }: ChapterPlace) {
  const t = useT("blog");
  const format = useFormat();
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  const { value } = useBlog(session);
  const blog = <Link href={chapterSectionPath.href({ organisation, chapter, section: BLOG_SECTION })}>{t("homePage.toBlog")}</Link>;
  return (
    <SummaryList
      title={t("homePage.heading")}
      items={value?.posts
        .filter((post) => post.chapter === (chapter as ChapterId))
        .slice(0, LATEST)
        .map((post) => ({
          key: post.id,
          content: (
            <>
              <Link href={postPath.href({ organisation, chapter, post: post.id })}>{post.title}</Link>{" "}
              <SummaryMeta>
                <MemberName member={post.author} /> · {format.dateTime(post.at)}
              </SummaryMeta>
            </>
          ),
        }))}
      empty={
        <>
          {t("homePage.none")} {blog}
        </>
      }
      more={blog}
    />
  );
}
