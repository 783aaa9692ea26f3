/**
 * Following a room's newest pages (PROTOCOL.md CH9.5): page 0 (the room's pins and pages), then
 * pages from the last down until they hold the messages wanted — never every page. Chat rooms and
 * forum topics (FO5) page the same way, each with its own worker read.
 */
import type { Repo } from "@automerge/automerge-repo";
import { pagesToShow } from "@chapterhouse/crdt/chat";
import { moderationLogId } from "@chapterhouse/crdt/moderation";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import type { QueryContext } from "../../shared/documents/live-query.js";
import { threadPageRequest } from "./thread-page-request.js";

/** What a worker read of some pages says of them: the room's last page and each page's count of messages (null when it is no room). */
export interface PagedAnswer {
  readonly room: {
    readonly timeline: { readonly lastPage: number };
    readonly counts: ReadonlyMap<number, number>;
  } | null;
}

/** A room's page, as the worker's reads take it. */
export interface HeldPage {
  readonly n: number;
  readonly url: DocumentUrl;
}

/**
 * Follows page 0 of `room`, then its newest pages until they hold `wanted` messages, reading them
 * with `read` (given the pages held and the lowest page shown) after each step; resolves with the
 * last answer, the pages followed and the lowest page shown.
 * @throws what `context.documents` and `read` throw.
 */
export async function followNewestPages<A extends PagedAnswer>(
  context: QueryContext,
  repo: Repo,
  room: RecordId,
  scope: DocumentUrl,
  wanted: number,
  read: (pages: readonly HeldPage[], from: number) => Promise<A>,
): Promise<{ readonly answer: A; readonly pages: ReadonlyMap<number, DocumentUrl>; readonly from: number }> {
  const pages = new Map<number, DocumentUrl>();
  const follow = async (numbers: readonly number[]) => {
    const requests = numbers.map((n) => threadPageRequest(repo, room, n, scope));
    const standing = await context.documents(requests, { wait: true });
    numbers.forEach((n, i) => {
      if (standing[i]!.state === "ready") pages.set(n, requests[i]!.url);
    });
  };
  const held = () => [...pages].map(([n, url]) => ({ n, url }));
  await follow([0]);
  let answer = await read(held(), 0);
  const last = answer.room?.timeline.lastPage ?? 0;
  let from = 0;
  // From the last page down, one more page while those read hold fewer messages than wanted (CH9.5).
  for (let shown = [last]; last > 0;) {
    await follow(shown.filter((n) => !pages.has(n)));
    // A page that could not be opened ends the paging: what is held is shown.
    if (shown.some((n) => !pages.has(n))) break;
    from = Math.min(...shown);
    answer = await read(held(), from);
    const want = pagesToShow(last, wanted, answer.room?.counts ?? new Map<number, number>());
    if (want.every((n) => shown.includes(n))) break;
    shown = want;
  }
  return { answer, pages, from };
}

/**
 * Follows `chapter`'s moderation log (PROTOCOL.md MOD1: page 0 of its derived id, opened with the
 * shared genesis), where a room's hides and reports are copied; resolves with its URL, or
 * undefined when it is not held yet.
 * @throws what `context.documents` throws.
 */
export async function followModerationLog(context: QueryContext, repo: Repo, chapter: ChapterId, scope: DocumentUrl): Promise<DocumentUrl | undefined> {
  const request = threadPageRequest(repo, moderationLogId(chapter), 0, scope);
  const [standing] = await context.documents([request]);
  return standing?.state === "ready" ? request.url : undefined;
}
