import type { Fraction } from "@chapterhouse/crdt/tally";

/**
 * Display formats for tallies. Numbers from the core are exact integers and fractions; they are
 * shown exactly. Percentages are for display only: rounded to whole percent with integer
 * arithmetic, never written as long decimals, and never rounded to 0% or 100% when that would
 * hide a part that is not nothing or not everything.
 */

const grouping = new Intl.NumberFormat("en", { maximumFractionDigits: 0, useGrouping: true });

/** An exact integer with thousands separators ("12,345"). Never throws. */
export function formatCount(value: number): string {
  return grouping.format(value);
}

/** A count and its noun, singular for one: "1 member", "12,345 members". Never throws. */
export function formatCountOf(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** part / whole as a whole percent ("67%"), "<1%" or ">99%" near the ends, "–" when whole is 0. Never throws. */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return "–";
  // Round half up with integers only: floor((200 × part + whole) / (2 × whole)).
  const rounded = Math.floor((200 * part + whole) / (2 * whole));
  if (rounded === 0 && part > 0) return "<1%";
  if (rounded === 100 && part < whole) return ">99%";
  return `${rounded}%`;
}

/** A fraction as written on the record with its rounded percent: "2/3 (67%)", "1/2 (50%)". Never throws. */
export function formatFraction(value: Fraction): string {
  if (value.num === 0) return "0%";
  if (value.num === value.den) return "all (100%)";
  return `${value.num}/${value.den} (${formatPercent(value.num, value.den)})`;
}

/** The width of a bar for part / whole, as a CSS percentage clamped to 0…100. Display only. Never throws. */
export function barWidth(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return "0%";
  const tenths = Math.min(1000, Math.round((1000 * part) / whole));
  return `${tenths / 10}%`;
}

/** The least weight that meets quorum q of the electorate's weight (PROTOCOL.md T5.2): ⌈q × total⌉. Never throws. */
export function weightNeededForQuorum(quorum: Fraction, electorateWeight: number): number {
  if (quorum.den <= 0) return 0;
  // BigInt: num × total can pass 2^53 (num is a safe integer, total up to 2^32 − 1).
  const product = BigInt(quorum.num) * BigInt(electorateWeight);
  const den = BigInt(quorum.den);
  return Number((product + den - 1n) / den);
}
