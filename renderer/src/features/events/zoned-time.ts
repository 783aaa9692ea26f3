/**
 * Wall-clock times in a named time zone, as an organiser types an event's start and end
 * (PROTOCOL.md EV1.3: records carry instants, the zone says where they were set). Through Intl only,
 * so every IANA zone the device knows works, daylight saving included. None throws.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The wall clock of `ms` in `zone` as fields, counted as if it were UTC (ms since the epoch). */
function wallOf(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? "0");
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}

/**
 * The instant at which clocks in `zone` show `wall` (a `datetime-local` value, `YYYY-MM-DDTHH:MM`),
 * or undefined if it is not one. A time skipped by a change to summer time is taken one hour later;
 * one repeated at the change back is the first. Never throws (an unknown zone gives undefined).
 */
export function instantOf(wall: string, zone: string): number | undefined {
  const match = WALL.exec(wall);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const target = Date.UTC(y, mo - 1, d, h, mi);
  try {
    // The zone's offsets a day before and a day after: one of them holds at the target, unless the target is in a skipped hour.
    const before = target - (wallOf(target - 86_400_000, zone) - (target - 86_400_000));
    const after = target - (wallOf(target + 86_400_000, zone) - (target + 86_400_000));
    return (
      [Math.min(before, after), Math.max(before, after)].find(
        (instant) => wallOf(instant, zone) === target,
      ) ?? before
    );
  } catch {
    return undefined;
  }
}

/** The `datetime-local` value (`YYYY-MM-DDTHH:MM`) clocks in `zone` show at `ms`; in UTC if the zone is unknown. Never throws. */
export function wallClockOf(ms: number, zone: string): string {
  let wall: number;
  try {
    wall = wallOf(ms, zone);
  } catch {
    wall = ms;
  }
  const d = new Date(wall);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The device's own time zone (what a new event starts with). */
export function deviceZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}
