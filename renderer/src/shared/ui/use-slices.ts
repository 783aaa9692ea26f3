import { startTransition, useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * Rows a long list renders in one task: about 100 of the proposal list's rows took 20–35 ms on
 * a 2-core machine, so no slice makes a task over 50 ms (issue 10's longest-task target).
 */
export const ROWS_PER_SLICE = 100;

/**
 * `useSlices`' pace "transition": after the first slice, the rest of the rows in one React
 * transition — rendered in React's own slices of ~5 ms that give way to the page between them
 * without waiting for a frame, and committed once (issue 10: ten timer slices of 100 rows, each
 * followed by a frame's style, layout and paint, were most of the chapter's list after a reload).
 */
export const REST_AS_TRANSITION = "transition";

/**
 * How a long list's rows after the first slice are built: `undefined`, a slice of `step` rows per
 * timer task; `REST_AS_TRANSITION`, all of them in one transition.
 */
export type SlicePace = typeof REST_AS_TRANSITION | undefined;

/**
 * How many of `count` rows a long list renders now: `step` at first, then `step` more in each
 * following task until all are there, so a thousand rows are built in tasks of tens of
 * milliseconds instead of one long one the page cannot answer during (A11Y4). The list stays a
 * real list: once complete, every row is in the page for the keyboard, assistive technology and
 * find-in-page; meanwhile the rows not yet built are not there.
 *
 * Each later slice is rendered and committed in its own timer's task. With `REST_AS_TRANSITION`, every row after
 * the first slice is rendered as one transition: React renders it a few rows at a time, ~5 ms per
 * task, an urgent update (a click, a key) going first, and commits it once — one commit and one
 * frame's style and layout for the rest instead of one per slice.
 */
export function useSlices(count: number, step = ROWS_PER_SLICE, pace?: SlicePace): number {
  const asTransition = pace === REST_AS_TRANSITION;
  // The first slice always shows: rows arriving after the list was mounted empty (a read after a
  // reload) show their first screenful in the task that brings them, not one task later.
  const [built, setBuilt] = useState(step);
  const shown = Math.min(Math.max(built, step), count);
  useEffect(() => {
    if (shown >= count) return;
    if (asTransition) {
      startTransition(() => setBuilt(count));
      return;
    }
    const next = setTimeout(() => {
      // Rendered and committed in this task: no second task queued behind whatever else waits
      // (a frame, a worker's answer) per slice.
      flushSync(() => setBuilt(shown + step));
    }, 0);
    return () => clearTimeout(next);
  }, [shown, count, step, asTransition]);
  return shown;
}
