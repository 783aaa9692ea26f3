/**
 * Times as members type them: `datetime-local` input values in the device's time zone (shown
 * times go through the i18n layer's `format`). Records carry integer milliseconds (R6).
 */

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The `datetime-local` value (with seconds) of `ms` in the device's time zone. Never throws. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The milliseconds of a `datetime-local` value in the device's time zone, or undefined if it is not one. Never throws. */
export function fromLocalInput(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const ms = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? "0")).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

/** The device-local midnight of a calendar date `YYYY-MM-DD` (a paid-up day, DU8.4), so it is shown as that very date in any time zone. */
export function localDay(day: string): number {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, date).getTime();
}
