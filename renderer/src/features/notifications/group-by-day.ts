/** The notifications of one day. */
export interface Day<T> {
  /** The day's start, local time (ms since the epoch). */
  readonly day: number;
  readonly items: readonly T[];
}

/** The start of the local day `at` falls in (ms since the epoch). */
export function localDayOf(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * Notifications grouped by day (`dayOf`: the start of an instant's day), the latest day first and
 * the latest first within a day; at equal times by key, so every device lists them alike. Never throws.
 */
export function groupByDay<T extends { readonly key: string; readonly at: number }>(items: readonly T[], dayOf: (at: number) => number = localDayOf): Day<T>[] {
  const sorted = [...items].sort((a, b) => b.at - a.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const days: { day: number; items: T[] }[] = [];
  for (const item of sorted) {
    const day = dayOf(item.at);
    const last = days.at(-1);
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}
