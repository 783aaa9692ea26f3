/**
 * A record's claimed time (ms since the epoch, PROTOCOL.md R6: display only) in the reader's own
 * locale and time zone, e.g. "26 Nov 2026, 06:20". Never throws.
 */
export function formatTime(at: number): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? "an unknown time"
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
