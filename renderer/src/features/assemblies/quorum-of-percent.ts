import type { Fraction } from "@chapterhouse/crdt/tally";

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A whole percentage (1–100, rounded and clamped) as a fraction in lowest terms: 50 is 1/2 (AS2's quorum). Never throws. */
export function quorumOfPercent(percent: number): Fraction {
  const whole = Math.min(100, Math.max(1, Math.round(Number.isFinite(percent) ? percent : 50)));
  const divisor = gcd(whole, 100);
  return { num: whole / divisor, den: 100 / divisor };
}
