import { useMemo } from "react";
import { useSlices, ROWS_PER_SLICE, type SlicePace } from "./use-slices.js";

/**
 * The rows of a long list shown now (`useSlices`: a slice more in each task), each made by
 * `makeRow` only when its slice is shown, and made once per `keyOf` of its entry for as long as
 * `makeRow` is the same function (`pace`: how the rows after the first slice are built, as `useSlices` says): a thousand rows' words (translations, dates, names) are made a
 * slice per task, not all in the task that shows the page (A11Y4), and a list read again with the
 * same entries makes none again. `keyOf` must change whenever what `makeRow` makes of an entry
 * would (its content, not its identity: a worker's answer is a new copy every read).
 */
export function useSlicedRows<E, R>(entries: readonly E[], keyOf: (entry: E) => string, makeRow: (entry: E) => R, step = ROWS_PER_SLICE, pace?: SlicePace): readonly R[] {
  const shown = useSlices(entries.length, step, pace);
  // Rows by key, kept while `makeRow` is the same: a new one (another language) makes them again.
  const made = useMemo(() => new Map<string, R>(), [makeRow]);
  return useMemo(() => {
    const rows = entries.slice(0, shown).map((entry) => {
      const key = keyOf(entry);
      let row = made.get(key);
      if (row === undefined) made.set(key, (row = makeRow(entry)));
      return row;
    });
    // Rows of entries gone are forgotten once the list is complete.
    if (shown >= entries.length && made.size > entries.length) {
      const kept = new Set(entries.map(keyOf));
      for (const key of made.keys()) if (!kept.has(key)) made.delete(key);
    }
    return rows;
  }, [entries, shown, keyOf, makeRow, made]);
}
