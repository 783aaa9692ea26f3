/**
 * How a room is paged (PROTOCOL.md CH9.3, CH9.4): where a new record is written, and which pages
 * to open to show the newest messages, so that opening a room reads its first page and the last
 * few, never all of them. Pure; never throws.
 */

/** How many messages of the room (not replies) a page takes before the next is started (CH9.4). */
export const PAGE_SIZE = 200;

/**
 * The page a new message of the room goes to (CH9.4), given the last page started and how many
 * messages of the room it holds: the same page, or the next (`start`: its `thread-page` record
 * must be written to the first page first).
 */
export function pageForNewMessage(lastPage: number, messagesOnLastPage: number): { readonly page: number; readonly start: boolean } {
  return messagesOnLastPage >= PAGE_SIZE ? { page: lastPage + 1, start: true } : { page: lastPage, start: false };
}

/**
 * The pages to open, newest first, to show at least `wanted` messages of the room (CH9.5): from
 * `lastPage` down, stopping once the pages opened so far hold `wanted`, or at page 0. `counts`
 * gives the messages of each page opened so far (by page number); a page not yet opened is the
 * next to open, so a caller opens pages one at a time until this returns no new page.
 */
export function pagesToShow(lastPage: number, wanted: number, counts: ReadonlyMap<number, number>): number[] {
  const pages: number[] = [];
  let shown = 0;
  for (let page = lastPage; page >= 0; page--) {
    pages.push(page);
    const count = counts.get(page);
    if (count === undefined) break;
    shown += count;
    if (shown >= wanted) break;
  }
  return pages;
}
