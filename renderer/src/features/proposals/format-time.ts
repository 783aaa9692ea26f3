/** One formatter for the page: building one per call costs ~0.1 ms, felt on long lists. */
let formatter: Intl.DateTimeFormat | undefined;

/**
 * A record's claimed time (ms since the epoch, PROTOCOL.md R6: display only) in the reader's own
 * locale and time zone, e.g. "26 Nov 2026, 06:20". Never throws.
 */
export function formatTime(at: number): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return "an unknown time";
  formatter ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  return formatter.format(date);
}
