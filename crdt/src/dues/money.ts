/**
 * Money as exact integers of minor units (PROTOCOL.md DU1): amounts are read from and written to
 * decimal text by string arithmetic, never through floating point, so "0.10" and "0.20" make
 * exactly "0.30". Sums are `bigint`, exact however long the ledger. None throws.
 */

/** The largest amount one record may carry (DU1.2): 10^12 minor units. */
export const MAX_AMOUNT = 1_000_000_000_000;

/** A currency code (DU1.1): three capital letters, as ISO 4217 writes them. */
export const CURRENCY = /^[A-Z]{3}$/;

/** An amount typed by a person, read, or why it cannot be. */
export type MoneyParse = { readonly ok: true; readonly minor: number } | { readonly ok: false; readonly problem: "not-a-number" | "too-precise" | "too-large" };

const DECIMAL = /^(\d+)(?:[.,](\d+))?$/;

/**
 * `text` ("12", "12.5", "12,50") as minor units of a currency with `digits` digits after the
 * point (DU1.3): more digits than the currency has is `too-precise` (never rounded), past
 * MAX_AMOUNT `too-large`. Never throws.
 */
export function parseMoney(text: string, digits: number): MoneyParse {
  const match = DECIMAL.exec(text.trim());
  if (match === null) return { ok: false, problem: "not-a-number" };
  const whole = match[1]!;
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > digits) return { ok: false, problem: "too-precise" };
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
  return minor > BigInt(MAX_AMOUNT) ? { ok: false, problem: "too-large" } : { ok: true, minor: Number(minor) };
}

/** Minor units as decimal text with `digits` digits after the point ("-12.50"), for files and fields. Never throws. */
export function formatMinor(minor: number | bigint, digits: number): string {
  const value = BigInt(minor);
  const sign = value < 0n ? "-" : "";
  const text = (value < 0n ? -value : value).toString().padStart(digits + 1, "0");
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
