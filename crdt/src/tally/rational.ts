/**
 * Exact rational numbers for the tally (PROTOCOL.md T4): bigint numerator and denominator,
 * always reduced, denominator > 0. The tally never divides and never uses floats; shares are
 * compared by cross-multiplication (R1.3).
 */
import type { Fraction } from "./types.js";

/** A reduced fraction: `den > 0n` and gcd(|num|, den) = 1; zero is `0/1`. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function toBigInt(value: bigint | number, name: string): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} ${String(value)} is not a safe integer`);
  return BigInt(value);
}

/**
 * Builds the reduced rational `num / den`.
 * @throws {RangeError} if `den` is zero or either part is a number that is not a safe integer.
 */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = toBigInt(num, "numerator");
  let d = toBigInt(den, "denominator");
  if (d === 0n) throw new RangeError("denominator is zero");
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g === 1n || g === 0n ? { num: n, den: d } : { num: n / g, den: d / g };
}

/** Compares by cross-multiplication: negative if a < b, 0 if equal, positive if a > b. */
export function compareRational(a: Rational, b: Rational): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** a + b, reduced. */
export function addRational(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a × b, reduced. */
export function mulRational(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/**
 * True when `part / whole ≥ fraction`, decided by cross-multiplication
 * (`part × den ≥ num × whole`), so it is exact and defined for `whole = 0` too.
 */
export function shareAtLeast(part: number, whole: number, fraction: Rational): boolean {
  return BigInt(part) * fraction.den >= fraction.num * BigInt(whole);
}

/**
 * The wire form `{ num, den }` of a rational (R1.3): reduced, safe integers.
 * @throws {RangeError} if a part is not a safe integer.
 */
export function toFraction(value: Rational): Fraction {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (value.num > limit || value.num < -limit || value.den > limit) {
    throw new RangeError(`fraction ${value.num}/${value.den} does not fit in safe integers`);
  }
  return { num: Number(value.num), den: Number(value.den) };
}

/**
 * Reads a wire fraction `{ num, den }` (R1.3) into a reduced rational.
 * @throws {RangeError} if a part is not a safe integer or `den` is not positive.
 */
export function fromFraction(value: Fraction): Rational {
  if (!Number.isSafeInteger(value.den) || value.den <= 0) throw new RangeError("den must be a positive safe integer");
  return rational(value.num, value.den);
}
