import { facilitatorAuthority } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { DEFAULT_SITE } from "@chapterhouse/crdt/site";
import { useId, useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { chapterSections } from "../../shared/routing/chapter-sections.js";
import { Link } from "../../shared/ui/Link.js";
import { Select } from "../../shared/ui/Select.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { postPath, useBlog } from "../blog/index.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { ALL, rollUp } from "./roll-up.js";
import { showsSection } from "./section-choice.js";
import { SiteSettingsForm } from "./SiteSettingsForm.js";
import "./site.css";

/** How many of the chapters below's latest posts the roll-up lists. */
const LATEST = 5;

/**
 * The chapter's home page (PROTOCOL.md SITE1): what its setting in force says of it — description,
 * links, pinned posts — and what is happening: each shown section's summary (SITE1.5: open votes,
 * latest posts, upcoming events, latest topics, projects' progress), and the latest posts of the
 * chapters below it, filtered by level and by chapter; and, for its facilitators, the form to
 * record what a decision set.
 */
export function ChapterSite({
  space,
  session,
  organisation,
  chapter,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly organisation: string;
  readonly chapter: ChapterId;
}) {
  const t = useT("site");
  const levels = useT("organisation");
  const format = useFormat();
  const ids = useId();
  const { value, problem } = useBlog(session);
  const [level, setLevel] = useState<string>(ALL);
  const [from, setFrom] = useState<string>(ALL);
  const roster = session.view.get().roster;
  const site = value?.sites.get(chapter) ?? DEFAULT_SITE;
  const isFacilitator = facilitatorAuthority(roster, chapter, space.member.key) !== undefined;
  const posts = value?.posts ?? [];
  const pinned = site.pinned.flatMap((id) => posts.filter((post) => post.id === id));
  const summaries = chapterSections
    .all()
    .flatMap((section) => (section.Summary !== undefined && showsSection(site.sections, section.id) ? [{ id: section.id, Summary: section.Summary }] : []));
  const below = rollUp(roster, chapter, posts, level, from);
  const item = (post: (typeof posts)[number], withChapter: boolean) => (
    <li key={post.id}>
      <Link href={postPath.href({ organisation, chapter: post.chapter, post: post.id })}>{post.title}</Link>{" "}
      <span className="site-meta">
        {withChapter ? `${roster.chapters.get(post.chapter)?.name ?? "…"} · ` : ""}
        <MemberName member={post.author} /> · {format.dateTime(post.at)}
      </span>
    </li>
  );
  return (
    <section aria-labelledby={`${ids}-heading`} className="site">
      <h2 id={`${ids}-heading`}>{t("heading")}</h2>
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {t("problem", { problem })}
        </p>
      )}
      {value === undefined ? (
        <Skeleton lines={3} />
      ) : (
        <>
          {site.about === "" ? (
            <p>{t("noAbout")}</p>
          ) : (
            <p className="site-about" translate="no">
              {site.about}
            </p>
          )}
          {site.links.length === 0 ? null : (
            <ul aria-label={t("links")}>
              {site.links.map((link) => (
                <li key={`${link.title} ${link.url}`}>
                  <Link href={link.url} target="_blank" rel="noopener noreferrer">
                    {link.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {pinned.length === 0 ? null : (
            <section aria-labelledby={`${ids}-pinned`}>
              <h3 id={`${ids}-pinned`}>{t("pinned")}</h3>
              <ul aria-label={t("pinned")}>{pinned.map((post) => item(post, post.chapter !== chapter))}</ul>
            </section>
          )}
          {summaries.map(({ id, Summary }) => (
            <Summary key={id} organisation={organisation} chapter={chapter} />
          ))}
          {below.levels.length === 0 ? null : (
            <section aria-labelledby={`${ids}-below`}>
              <h3 id={`${ids}-below`}>{t("below")}</h3>
              <div className="site-filters">
                <Select
                  label={t("level")}
                  options={[
                    { id: ALL, label: t("allLevels") },
                    ...below.levels.map((entry) => ({ id: entry, label: levels(`level.${entry}`) })),
                  ]}
                  selectedKey={level}
                  onSelectionChange={(key) => setLevel(key === null ? ALL : String(key))}
                />
                <Select
                  label={t("chapter")}
                  options={[
                    { id: ALL, label: t("allChapters") },
                    ...below.chapters.map((entry) => ({ id: entry.id, label: entry.name })),
                  ]}
                  selectedKey={below.chosen}
                  onSelectionChange={(key) => setFrom(key === null ? ALL : String(key))}
                />
              </div>
              {below.items.length === 0 ? (
                <p>{t("noPostsBelow")}</p>
              ) : (
                <ul aria-label={t("below")}>{below.items.slice(0, LATEST).map((post) => item(post, true))}</ul>
              )}
            </section>
          )}
          {isFacilitator ? (
            <SiteSettingsForm
              space={space}
              session={session}
              organisation={organisation}
              chapter={chapter}
              site={site}
              posts={posts
                .filter((post) => post.chapter === chapter)
                .map((post) => ({ id: post.id, title: post.title }))}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
