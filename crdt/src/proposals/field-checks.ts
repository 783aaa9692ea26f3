/**
 * Field checks of the proposal and vote body schemas (PROTOCOL.md P1.1, V1.1) beyond the ones
 * membership bodies share (membership/body-fields.ts). Each returns a problem text naming the
 * field, or undefined. None throws.
 */
import { isObject, type CanonicalValue } from "../records/canonical.js";
import { firstProblem, intProblem, membersProblem } from "../membership/body-fields.js";

export {
  firstProblem,
  idListProblem,
  idProblem,
  intProblem,
  is32Bytes,
  membersProblem,
  nullableIdProblem,
  type BodyObject,
} from "../membership/body-fields.js";

/** An Automerge document URL (M4.1, D6). */
const DOCUMENT_URL = /^automerge:[1-9A-HJ-NP-Za-km-z]{1,64}$/;

/** Problem if `value` is not a string of `min`..`max` UTF-16 code units. */
export function textProblem(name: string, value: CanonicalValue | undefined, min: number, max: number): string | undefined {
  if (typeof value !== "string") return `${name} is not a string`;
  return value.length >= min && value.length <= max ? undefined : `${name} must be ${min} to ${max} characters long`;
}

/** Problem if `value` is not an Automerge document URL. */
export function urlProblem(name: string, value: CanonicalValue | undefined): string | undefined {
  return typeof value === "string" && DOCUMENT_URL.test(value) ? undefined : `${name} is not an automerge: document URL`;
}

/** Problem if `value` is not a fraction `{ num, den }` of safe integers, 0 ≤ num ≤ den, den ≥ 1 (R1.3). */
export function fractionProblem(name: string, value: CanonicalValue | undefined): string | undefined {
  const shape = membersProblem(value ?? null, ["den", "num"]);
  if (shape !== undefined) return `${name}: ${shape}`;
  const { num, den } = value as { num: CanonicalValue; den: CanonicalValue };
  const bad = firstProblem(intProblem(`${name}.num`, num, 0, Number.MAX_SAFE_INTEGER), intProblem(`${name}.den`, den, 1, Number.MAX_SAFE_INTEGER));
  if (bad !== undefined) return bad;
  return (num as number) <= (den as number) ? undefined : `${name} is more than 1`;
}

/** Problem if `value` is not one of the strings `allowed`. */
export function oneOfProblem(name: string, value: CanonicalValue | undefined, allowed: readonly string[]): string | undefined {
  return typeof value === "string" && allowed.includes(value) ? undefined : `${name} is not one of ${allowed.join(", ")}`;
}

/** Problem if `value` is not an object. */
export function objectProblem(name: string, value: CanonicalValue | undefined): string | undefined {
  return isObject(value) ? undefined : `${name} is not an object`;
}

/** Problem if `value` is not a list. */
export function listProblem(name: string, value: CanonicalValue | undefined, max: number): string | undefined {
  if (!Array.isArray(value)) return `${name} is not a list`;
  return (value as readonly CanonicalValue[]).length <= max ? undefined : `${name} holds more than ${max} entries`;
}
