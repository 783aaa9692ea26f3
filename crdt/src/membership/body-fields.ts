/**
 * Field checks shared by the membership body schemas (PROTOCOL.md M1.2). Each returns a problem
 * text naming the field, or undefined when the field is well formed. None throws.
 */
import { isObject, type CanonicalValue } from "../records/canonical.js";

/** A body as an object of canonical values. */
export type BodyObject = { readonly [key: string]: CanonicalValue };

/** Problem if `body` is not an object with exactly `names` as members (M1.2). Never throws. */
export function membersProblem(body: CanonicalValue, names: readonly string[]): string | undefined {
  if (!isObject(body)) return "body is not an object";
  const keys = Object.keys(body);
  // Member names are unique, so the same count all among `names` is the same set; sorting (and
  // its garbage, on every record of a large fold) only for the message.
  if (keys.length === names.length && keys.every((name) => names.includes(name))) return undefined;
  const have = keys.sort();
  const want = [...names].sort();
  if (have.length !== want.length || have.some((name, i) => name !== want[i])) {
    return `body has members ${have.join(",")}, expected ${want.join(",")}`;
  }
  return undefined;
}

/**
 * Strict unpadded base64url (R2) of exactly 32 bytes: 43 characters of the alphabet, the last one
 * carrying 4 data bits and 2 zero bits, so one of the 16 characters whose value is a multiple of 4.
 */
const BYTES_32 = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

/** True if `value` is R2 base64url of exactly 32 bytes (a key or a record id). Never throws. */
export function is32Bytes(value: CanonicalValue | undefined): value is string {
  return typeof value === "string" && BYTES_32.test(value);
}

/** Problem if `value` is not a 32-byte base64url text. Never throws. */
export function idProblem(name: string, value: CanonicalValue | undefined): string | undefined {
  return is32Bytes(value) ? undefined : `${name} is not a 32-byte base64url value`;
}

/** Problem if `value` is neither null nor a 32-byte base64url text. Never throws. */
export function nullableIdProblem(name: string, value: CanonicalValue | undefined): string | undefined {
  return value === null || is32Bytes(value) ? undefined : `${name} is neither null nor a record id`;
}

/** Problem if `value` is not a list of `min`..`max` 32-byte values sorted ascending without repeats. Never throws. */
export function idListProblem(
  name: string,
  value: CanonicalValue | undefined,
  min: number,
  max: number,
): string | undefined {
  if (!Array.isArray(value)) return `${name} is not a list`;
  const list = value as readonly CanonicalValue[];
  if (list.length < min || list.length > max) return `${name} must hold ${min} to ${max} entries`;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!is32Bytes(item)) return `${name}[${i}] is not a 32-byte base64url value`;
    if (i > 0 && !((list[i - 1] as string) < item)) return `${name} is not sorted ascending without repeats`;
  }
  return undefined;
}

/** Problem if `value` is not an integer in [min, max]. Never throws. */
export function intProblem(
  name: string,
  value: CanonicalValue | undefined,
  min: number,
  max: number,
): string | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max
    ? undefined
    : `${name} is not an integer in ${min}..${max}`;
}

/** Problem if `value` is not a boolean. Never throws. */
export function booleanProblem(name: string, value: CanonicalValue | undefined): string | undefined {
  return typeof value === "boolean" ? undefined : `${name} is not a boolean`;
}

/** The first problem of several checks, or undefined. Never throws. */
export function firstProblem(...problems: readonly (string | undefined)[]): string | undefined {
  return problems.find((problem) => problem !== undefined);
}
