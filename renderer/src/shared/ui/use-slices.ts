import { startTransition, useEffect, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { nextSliceSize } from "./next-slice-size.js";

/**
 * Rows a long list renders in one task: about 100 of the proposal list's rows took 20–35 ms on
 * a 2-core machine, so no slice makes a task over 50 ms (issue 10's longest-task target).
 */
export const ROWS_PER_SLICE = 100;

/**
 * How long a slice sized by its time (`useSlices`' `budgetMs`) may take to render and commit:
 * half of issue 10's 50 ms longest task, the rest left for the style and layout of its rows.
 */
export const SLICE_BUDGET_MS = 25;

/**
 * `useSlices`' pace "transition": after the first slice, the rest of the rows in one React
 * transition — rendered in React's own slices of ~5 ms that give way to the page between them
 * without waiting for a frame, and committed once (issue 10: ten timer slices of 100 rows, each
 * followed by a frame's style, layout and paint, were most of the chapter's list after a reload).
 */
export const REST_AS_TRANSITION = "transition";

/**
 * How a long list's rows after the first slice are built: `undefined`, a slice of `step` rows per
 * timer task; a number, a slice per timer task sized by the last one's time to fit that many
 * milliseconds; `REST_AS_TRANSITION`, all of them in one transition.
 */
export type SlicePace = number | typeof REST_AS_TRANSITION | undefined;

/**
 * How many of `count` rows a long list renders now: `step` at first, then `step` more in each
 * following task until all are there, so a thousand rows are built in tasks of tens of
 * milliseconds instead of one long one the page cannot answer during (A11Y4). The list stays a
 * real list: once complete, every row is in the page for the keyboard, assistive technology and
 * find-in-page; meanwhile the rows not yet built are not there.
 *
 * Each later slice is rendered and committed in its own timer's task. With a time budget (`pace`
 * a number of ms), a slice's size follows the time the last one took (from its task's start to
 * its rows committed): as many rows as fit in the budget at that pace, never fewer than `step`,
 * at most four times the last slice (`nextSliceSize`). With `REST_AS_TRANSITION`, every row after
 * the first slice is rendered as one transition: React renders it a few rows at a time, ~5 ms per
 * task, an urgent update (a click, a key) going first, and commits it once — one commit and one
 * frame's style and layout for the rest instead of one per slice.
 */
export function useSlices(count: number, step = ROWS_PER_SLICE, pace?: SlicePace): number {
  const budgetMs = typeof pace === "number" ? pace : undefined;
  const asTransition = pace === REST_AS_TRANSITION;
  // The first slice always shows: rows arriving after the list was mounted empty (a read after a
  // reload) show their first screenful in the task that brings them, not one task later.
  const [built, setBuilt] = useState(step);
  const shown = Math.min(Math.max(built, step), count);
  // The next slice's size, and the slice under way: when its task started and how many rows it adds.
  const size = useRef(step);
  const pending = useRef<{ readonly started: number; readonly rows: number } | undefined>(undefined);
  useLayoutEffect(() => {
    const slice = pending.current;
    if (slice === undefined || budgetMs === undefined) return;
    pending.current = undefined;
    size.current = nextSliceSize(slice.rows, performance.now() - slice.started, budgetMs, step);
  }, [shown, budgetMs, step]);
  useEffect(() => {
    if (shown >= count) return;
    if (asTransition) {
      startTransition(() => setBuilt(count));
      return;
    }
    const next = setTimeout(() => {
      const rows = budgetMs === undefined ? step : size.current;
      pending.current = { started: performance.now(), rows: Math.min(rows, count - shown) };
      // Rendered and committed in this task: no second task queued behind whatever else waits
      // (a frame, a worker's answer) per slice, and the slice's time is its own.
      flushSync(() => setBuilt(shown + rows));
    }, 0);
    return () => clearTimeout(next);
  }, [shown, count, step, budgetMs, asTransition]);
  return shown;
}
