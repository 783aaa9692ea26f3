/**
 * The size of a long list's next slice (`useSlices` with a time budget): as many rows as the last
 * slice's pace fits in `budgetMs` — `rows` rows took `elapsedMs` —, never fewer than `least` (the
 * list's first slice) and at most four times the last slice, so one slow or one quick measure moves
 * the size only so far. A slice measured at no time at all grows by four.
 */
export function nextSliceSize(rows: number, elapsedMs: number, budgetMs: number, least: number): number {
  const most = Math.max(least, rows * 4);
  if (!(elapsedMs > 0)) return most;
  const fits = Math.floor((rows * budgetMs) / elapsedMs);
  return Math.min(most, Math.max(least, fits));
}
