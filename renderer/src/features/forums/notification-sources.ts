/**
 * What the forum tells the member of (shared/routing/notification-sources.ts): new posts by others
 * in the topics they watch, and in every topic of the categories they watch but the topics they
 * muted (watches are kept on this device, forum-local.ts), in the chapters they belong to — each
 * topic read as its screen first reads it (page 0, then its last page: CH9.5), never whole. Only
 * the posts cross from the worker, in the background lane (HOME4).
 */
import type { Repo } from "@automerge/automerge-repo";
import type { ForumTopic } from "@chapterhouse/crdt/forums";
import type { LocalDb } from "../../shared/data/local-db.js";
import { useAppData } from "../../shared/data/app-data-context.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type {
  NotificationItem,
  NotificationReadContext,
  NotificationSource,
} from "../../shared/routing/notification-sources.js";
import { followNewestPages } from "../chat/index.js";
import { useMemberSpace } from "../organisation/index.js";
import { loadWatches, type ForumWatches } from "./forum-local.js";
import { useForumsWorker, type ForumsWorker } from "./forums-worker.js";
import { topicPath } from "./paths.js";

/** How much of a post the list shows. */
const EXCERPT = 80;

const excerpt = (text: string) => (text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 1)}…`);

/** True if the member watches `topic`: itself, or its category without having muted it. */
export function isWatched(watches: ForumWatches, topic: Pick<ForumTopic, "id" | "category">): boolean {
  return (
    watches.topics.includes(topic.id) ||
    (watches.categories.includes(topic.category) && !watches.muted.includes(topic.id))
  );
}

/** The new posts by others in the topics the member watches, since `since`. */
export async function readForumPosts(
  worker: ForumsWorker,
  repo: Repo,
  db: LocalDb,
  context: NotificationReadContext,
): Promise<NotificationItem[]> {
  const { organisation, mine, member, since, query } = context;
  const watches = await loadWatches(db);
  if (watches.topics.length === 0 && watches.categories.length === 0) return [];
  const scope = organisation.url;
  const out: NotificationItem[] = [];
  for (const chapter of mine) {
    const base = { organisation: scope, chapters: organisation.chapters, chapter };
    const { topics } = await worker.forumForCalls(base);
    for (const topic of topics.filter((entry) => isWatched(watches, entry))) {
      // The newest page's posts only (a first screen's worth): what is new is at the end.
      const { answer } = await followNewestPages(query, repo, topic.id, scope, 1, (pages, from) =>
        worker.topicPosts({ ...base, topic: topic.id, pages: [...pages], from }),
      );
      const href = topicPath.href({ organisation: documentIdOf(scope), chapter, topic: topic.id });
      for (const post of answer.posts.filter((entry) => entry.author !== member && entry.at >= since)) {
        out.push({
          key: post.id,
          kind: "forum-post",
          chapter,
          title: `${topic.title}: ${excerpt(post.text)}`,
          href,
          at: post.at,
          by: post.author,
        });
      }
    }
  }
  return out;
}

/** The forum's notification source, registered by src/app/features.ts. */
export const forumNotificationSources: readonly NotificationSource[] = [
  {
    id: "forums",
    order: 7,
    kinds: ["forum-post"],
    useReader() {
      const worker = useForumsWorker();
      const { db } = useAppData();
      const { space } = useMemberSpace();
      return (context) =>
        space === undefined ? Promise.resolve([]) : readForumPosts(worker, space.repo, db, context);
    },
  },
];
