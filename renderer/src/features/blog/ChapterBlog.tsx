import type { BlogPost } from "@chapterhouse/crdt/blog";
import { roomMemberDeps } from "@chapterhouse/crdt/chat";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useId } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { newPostPath, postPath } from "./paths.js";
import { useBlog } from "./use-blog.js";
import "./blog.css";

/** The chapter's blog on its page (PROTOCOL.md BL6): its posts newest first, the lessons other chapters shared to it, and the way to write one. */
export function ChapterBlog({ space, session, organisation, chapter }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly organisation: string; readonly chapter: ChapterId }) {
  const t = useT("blog");
  const ids = useId();
  const { value, problem } = useBlog(session);
  const roster = session.view.get().roster;
  const isMember = roomMemberDeps(roster, { chapter, access: "subtree", members: [] }, space.member.key) !== undefined;
  const own = value?.posts.filter((post) => post.chapter === chapter) ?? [];
  const shared = value?.posts.filter((post) => post.shares.some((share) => share.chapter === chapter)) ?? [];
  return (
    <section aria-labelledby={`${ids}-heading`} className="blog">
      <h2 id={`${ids}-heading`}>{t("blog.heading")}</h2>
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {t("blog.problem", { problem })}
        </p>
      )}
      {isMember ? (
        <Link href={newPostPath.href({ organisation, chapter })} variant="standalone">
          {t("blog.write")}
        </Link>
      ) : null}
      {value === undefined ? (
        <Skeleton lines={3} />
      ) : own.length === 0 ? (
        <EmptyState headingLevel={3} title={t("blog.emptyTitle")} description={isMember ? t("blog.empty") : t("blog.membersOnly")} />
      ) : (
        <PostList posts={own} organisation={organisation} label={t("blog.postsOf")} />
      )}
      {shared.length === 0 ? null : (
        <section aria-labelledby={`${ids}-shared`}>
          <h3 id={`${ids}-shared`}>{t("blog.sharedHeading")}</h3>
          <PostList posts={shared} organisation={organisation} label={t("blog.sharedHeading")} from={(post) => roster.chapters.get(post.chapter)?.name ?? "…"} />
        </section>
      )}
    </section>
  );
}

/** Posts as links, each with its author and time, a lesson marked so; with `from`, the chapter each came from. */
function PostList({ posts, organisation, label, from }: { readonly posts: readonly BlogPost[]; readonly organisation: string; readonly label: string; readonly from?: (post: BlogPost) => string }) {
  const t = useT("blog");
  const format = useFormat();
  return (
    <ul className="blog-posts" aria-label={label}>
      {posts.map((post) => (
        <li key={post.id} data-post={post.id}>
          <Link href={postPath.href({ organisation, chapter: post.chapter, post: post.id })} variant="standalone">
            {post.title}
          </Link>{" "}
          {post.decisions.length === 0 ? null : <StatusPill tone="info">{t("post.lesson")}</StatusPill>}{" "}
          <span className="blog-meta">
            {from === undefined ? null : `${t("blog.from", { chapter: from(post) })} · `}
            {t("post.by")} <MemberName member={post.author} /> · {format.dateTime(post.at)}
          </span>
        </li>
      ))}
    </ul>
  );
}
