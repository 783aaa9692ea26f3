/**
 * Exact reading of a decimal number's text (PROTOCOL.md T18.3): "0.667" is 667/1000, never
 * the float nearest to it. Used by the CLI for fractions written as JSON numbers, and by any
 * UI that lets a person type a threshold.
 */
import { rational, type Rational } from "./rational.js";

/** The JSON number grammar (RFC 8259 §6). */
const DECIMAL = /^(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/;

/** Largest exponent magnitude read; beyond it the value could not be a safe fraction. */
export const MAX_DECIMAL_EXPONENT = 400;

/**
 * Reads the text of a JSON number exactly, as a reduced rational.
 * @throws {SyntaxError} if the text is not a JSON number.
 * @throws {RangeError} if the written exponent, after absorbing the fraction digits, is beyond
 *   ±MAX_DECIMAL_EXPONENT (bounds the work on hostile input).
 */
export function rationalFromDecimal(text: string): Rational {
  const match = DECIMAL.exec(text);
  if (!match) throw new SyntaxError(`${JSON.stringify(text)} is not a decimal number`);
  const [, sign = "", whole = "0", fractionDigits = "", exponentText = "0"] = match;
  // Leading zeros are legal in a JSON exponent; more than 6 significant digits is surely too big.
  const exponentDigits = exponentText.replace(/^[+-]?0*/, "");
  const written = exponentDigits.length > 6 ? Infinity : Number(exponentDigits || "0");
  const exponent = (exponentText.startsWith("-") ? -written : written) - fractionDigits.length;
  if (!(Math.abs(exponent) <= MAX_DECIMAL_EXPONENT)) throw new RangeError(`exponent of ${text} is out of range`);
  const digits = BigInt(whole + fractionDigits) * (sign === "-" ? -1n : 1n);
  return exponent >= 0 ? rational(digits * 10n ** BigInt(exponent)) : rational(digits, 10n ** BigInt(-exponent));
}
