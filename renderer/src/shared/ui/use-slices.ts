import { useEffect, useState } from "react";

/**
 * Rows a long list renders in one task: about 100 of the proposal list's rows take 20–35 ms on
 * a 2-core machine, so no slice makes a task over 50 ms (issue 10's longest-task target).
 */
export const ROWS_PER_SLICE = 100;

/**
 * How many of `count` rows a long list renders now: `step` at first, then `step` more in each
 * following task until all are there, so a thousand rows are built in tasks of tens of
 * milliseconds instead of one long one the page cannot answer during (A11Y4). The list stays a
 * real list: once complete, every row is in the page for the keyboard, assistive technology and
 * find-in-page; meanwhile the rows not yet built are not there.
 */
export function useSlices(count: number, step = ROWS_PER_SLICE): number {
  const [shown, setShown] = useState(() => Math.min(count, step));
  useEffect(() => {
    if (shown >= count) return;
    const next = setTimeout(() => setShown((n) => n + step), 0);
    return () => clearTimeout(next);
  }, [shown, count, step]);
  return Math.min(shown, count);
}
