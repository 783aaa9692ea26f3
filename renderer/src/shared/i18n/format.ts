/**
 * Dates, times, numbers and lists written for the reader's language: the one place the app
 * formats them (no `toLocaleString()` without a locale anywhere else). Everything goes through
 * Intl with the locale given; the few words needed come from the `common` catalogue.
 * Record times are integer milliseconds (PROTOCOL.md R6: display only); tallies are exact
 * integers and fractions from the core, shown exactly.
 */
import { formatMinor } from "@chapterhouse/crdt/dues";

/** The words formatting needs, from the `common` catalogue of the same language. */
export interface FormatWords {
  /** Said for a time that is not a valid date ("an unknown time"). */
  readonly unknownTime: string;
  /** "all (100%)": a fraction that is the whole, given its percentage. */
  readonly all: (percent: string) => string;
}

/** A numerator and denominator as on a record (PROTOCOL.md R1.3). */
export interface FractionValue {
  readonly num: number;
  readonly den: number;
}

/** Formatters bound to one locale. None throws but `dateTime` with an unknown time zone. */
export interface Format {
  /** The BCP 47 locale used, e.g. "es" or "en-GB". */
  readonly locale: string;
  /** "26 Nov 2026". */
  date(at: number): string;
  /** "06:20". */
  time(at: number): string;
  /**
   * "26 Nov 2026, 06:20" in the device's time zone; with `weekday`, "Fri 27 Nov 2026, 18:00";
   * with `timeZone` (an IANA name), in that zone and naming it: "27 Nov 2026, 18:00 CET".
   * @throws {RangeError} if `timeZone` is not a time zone Intl knows.
   */
  dateTime(at: number, options?: { readonly weekday?: boolean; readonly timeZone?: string }): string;
  /** `at` relative to `now`: "in 3 days", "5 minutes ago", "yesterday", "now". */
  relative(at: number, now: number): string;
  /** An exact integer with the locale's grouping: "12,345" / "12.345". */
  count(value: number): string;
  /** A number with at most `maximumFractionDigits` decimals (default 2). */
  number(value: number, maximumFractionDigits?: number): string;
  /**
   * part / whole as a whole percent ("67%", "67 %"), rounded half up with integers only,
   * "<1%" or ">99%" rather than hiding a part that is not nothing or not everything, "–"
   * when whole is 0.
   */
  percent(part: number, whole: number): string;
  /** A fraction as written on the record with its rounded percent: "2/3 (67%)", "all (100%)", "0%". */
  fraction(value: FractionValue): string;
  /**
   * `minor` units of `currency` (ISO 4217) with its symbol, exact: written as decimal text by
   * integer arithmetic and handed to Intl as text, never as a floating-point number (PROTOCOL.md DU1).
   */
  money(minor: number | bigint, currency: string): string;
  /** How many digits the minor unit of `currency` has (ISO 4217, as Intl knows it: EUR 2, JPY 0). */
  currencyDigits(currency: string): number;
  /** "a, b and c" (or "a, b or c" for `disjunction`). */
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
}

const SECOND = 1000;
const RELATIVE_UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ["year", 365 * 86_400 * SECOND],
  ["month", 30 * 86_400 * SECOND],
  ["week", 7 * 86_400 * SECOND],
  ["day", 86_400 * SECOND],
  ["hour", 3600 * SECOND],
  ["minute", 60 * SECOND],
  ["second", SECOND],
];

const isTime = (at: number) => Number.isFinite(at) && !Number.isNaN(new Date(at).getTime());

/**
 * Formatters for `locale`. Each Intl formatter is built once, on first use (building one costs
 * ~0.1 ms, felt on long lists).
 * @throws {RangeError} if `locale` is not a valid BCP 47 tag.
 */
export function createFormat(tag: string, words: FormatWords): Format {
  const [locale] = Intl.getCanonicalLocales(tag) as [string];
  const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
  const once = <T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(key: string, make: () => T): T => {
    let formatter = cache.get(key) as T | undefined;
    if (formatter === undefined) cache.set(key, (formatter = make()));
    return formatter;
  };
  const dates = (key: string, options: Intl.DateTimeFormatOptions) => once(key, () => new Intl.DateTimeFormat(locale, options));
  const whole = () => once("count", () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const wholePercent = (rounded: number) =>
    once("percent", () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 })).format(rounded / 100);

  const percent = (part: number, of: number): string => {
    if (!(of > 0)) return "–";
    // Round half up with integers only: floor((200 × part + whole) / (2 × whole)).
    const rounded = Math.floor((200 * part + of) / (2 * of));
    if (rounded === 0 && part > 0) return `<${wholePercent(1)}`;
    if (rounded === 100 && part < of) return `>${wholePercent(99)}`;
    return wholePercent(rounded);
  };

  const currencyFormat = (currency: string) => once(`money ${currency}`, () => new Intl.NumberFormat(locale, { style: "currency", currency }));
  const currencyDigits = (currency: string) => currencyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;

  return {
    locale,
    date: (at) => (isTime(at) ? dates("date", { day: "numeric", month: "short", year: "numeric" }).format(at) : words.unknownTime),
    time: (at) => (isTime(at) ? dates("time", { hour: "2-digit", minute: "2-digit" }).format(at) : words.unknownTime),
    dateTime(at, options = {}) {
      if (!isTime(at)) return words.unknownTime;
      const { weekday = false, timeZone } = options;
      const key = `dateTime ${weekday} ${timeZone ?? ""}`;
      return dates(key, {
        ...(weekday ? { weekday: "short" } : {}),
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        ...(timeZone === undefined ? {} : { timeZone, timeZoneName: "short" }),
      }).format(at);
    },
    relative(at, now) {
      if (!isTime(at) || !isTime(now)) return words.unknownTime;
      const difference = at - now;
      const [unit, size] = RELATIVE_UNITS.find(([, ms]) => Math.abs(difference) >= ms) ?? ["second", SECOND];
      return once("relative", () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" })).format(Math.round(difference / size), unit);
    },
    count: (value) => whole().format(value),
    number: (value, maximumFractionDigits = 2) =>
      once(`number ${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(value),
    percent,
    fraction(value) {
      if (value.num === 0) return wholePercent(0);
      if (value.num === value.den) return words.all(wholePercent(100));
      return `${value.num}/${value.den} (${percent(value.num, value.den)})`;
    },
    money: (minor, currency) => currencyFormat(currency).format(formatMinor(minor, currencyDigits(currency)) as `${number}`),
    currencyDigits,
    list: (items, type = "conjunction") => once(`list ${type}`, () => new Intl.ListFormat(locale, { style: "long", type })).format(items),
  };
}
