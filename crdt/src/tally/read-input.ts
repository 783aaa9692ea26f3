/**
 * Readers for the parts of a tally's input that every rule shares (PROTOCOL.md T1–T3).
 * The tally checks its whole input at run time, so it can be handed parsed JSON.
 */
import type { MemberKey } from "../records/ids.js";
import { compareIds } from "./compare-ids.js";
import { fromFraction, type Rational } from "./rational.js";
import { TallyInputError } from "./tally-input-error.js";
import type { OptionId } from "./types.js";

/** Most options an option vote may have (T1.2): bounds Schulze's cubic work. */
export const MAX_OPTIONS = 256;
/** Largest total weight of an electorate (T2.3): keeps every total a safe integer. */
export const MAX_ELECTORATE_WEIGHT = 2 ** 32 - 1;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A plain object (not null, not a list). */
export type Fields = { readonly [name: string]: unknown };

/** True for a plain object. */
export function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A short rendering of a value for error messages. */
export function show(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}

/**
 * Checks that `value` is an object with only the `allowed` members and all the `required` ones.
 * @throws {TallyInputError} naming `where` and the offending member.
 */
export function readFields(value: unknown, where: string, allowed: readonly string[], required: readonly string[]): Fields {
  if (!isFields(value)) throw new TallyInputError(`${where} must be an object, not ${show(value)}`);
  for (const name of Object.keys(value)) {
    if (!allowed.includes(name)) throw new TallyInputError(`${where} has an unknown member ${show(name)}`);
  }
  for (const name of required) {
    if (!Object.hasOwn(value, name)) throw new TallyInputError(`${where} lacks the member ${show(name)}`);
  }
  return value;
}

/**
 * An id (member or option): a non-empty string that canonical JSON can carry (T1.3).
 * @throws {TallyInputError}
 */
export function readId(value: unknown, where: string): string {
  if (typeof value !== "string" || value.length === 0) throw new TallyInputError(`${where} must be a non-empty string, not ${show(value)}`);
  if (LONE_SURROGATE.test(value)) throw new TallyInputError(`${where} holds a lone surrogate`);
  return value;
}

/**
 * A safe integer in [min, max].
 * @throws {TallyInputError}
 */
export function readInteger(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new TallyInputError(`${where} must be an integer from ${min} to ${max}, not ${show(value)}`);
  }
  return Object.is(value, -0) ? 0 : value;
}

/**
 * A fraction `{ num, den }` (R1.3) with 0 ≤ value ≤ 1, or 0 < value ≤ 1 when `positive`.
 * @throws {TallyInputError}
 */
export function readFraction(value: unknown, where: string, positive: boolean): Rational {
  const fields = readFields(value, where, ["num", "den"], ["num", "den"]);
  const num = readInteger(fields.num, `${where}.num`, 0, Number.MAX_SAFE_INTEGER);
  const den = readInteger(fields.den, `${where}.den`, 1, Number.MAX_SAFE_INTEGER);
  if (num > den) throw new TallyInputError(`${where} must be at most 1, not ${num}/${den}`);
  if (positive && num === 0) throw new TallyInputError(`${where} must be more than 0`);
  return fromFraction({ num, den });
}

/**
 * The options of the vote, sorted (T1.2).
 * @throws {TallyInputError} for a yes/no rule given options, an option rule given fewer than
 *   two or more than MAX_OPTIONS, a bad id, or an option listed twice.
 */
export function readOptions(value: unknown, kind: "yes-no" | "options", ruleType: string): OptionId[] {
  if (value === undefined) value = [];
  if (!Array.isArray(value)) throw new TallyInputError(`options must be a list, not ${show(value)}`);
  const list = value as readonly unknown[];
  if (kind === "yes-no") {
    if (list.length > 0) throw new TallyInputError(`rule ${ruleType} takes no options`);
    return [];
  }
  if (list.length < 2) throw new TallyInputError(`rule ${ruleType} needs at least two options`);
  if (list.length > MAX_OPTIONS) throw new TallyInputError(`more than ${MAX_OPTIONS} options`);
  const ids = list.map((item, i) => readId(item, `options[${i}]`)).sort(compareIds);
  for (let i = 1; i < ids.length; i++) {
    if (ids[i] === ids[i - 1]) throw new TallyInputError(`option ${show(ids[i])} is listed twice`);
  }
  return ids as OptionId[];
}

/** The electorate once read (T2). */
export interface Electorate {
  /** Each member once, at the highest weight listed for them. */
  readonly weights: ReadonlyMap<MemberKey, number>;
  readonly totalWeight: number;
}

/**
 * The electorate (T2): members listed more than once count once, at their highest weight.
 * @throws {TallyInputError} if it is not a non-empty list of `{ member, weight }` with
 *   integer weights ≥ 1, or its total weight exceeds MAX_ELECTORATE_WEIGHT.
 */
export function readElectorate(value: unknown): Electorate {
  if (!Array.isArray(value)) throw new TallyInputError(`electorate must be a list, not ${show(value)}`);
  const weights = new Map<MemberKey, number>();
  (value as readonly unknown[]).forEach((item, i) => {
    // An electorate may list 100,000 members: the plain shape is checked without naming the place,
    // which is named only for an entry that fails (by the same checks, so with the same message).
    if (isPlainEntry(item)) {
      weights.set(item.member, Math.max(item.weight, weights.get(item.member) ?? 0));
      return;
    }
    const entry = readFields(item, `electorate[${i}]`, ["member", "weight"], ["member", "weight"]);
    const member = readId(entry.member, `electorate[${i}].member`) as MemberKey;
    const weight = readInteger(entry.weight, `electorate[${i}].weight`, 1, MAX_ELECTORATE_WEIGHT);
    weights.set(member, Math.max(weight, weights.get(member) ?? 0));
  });
  if (weights.size === 0) throw new TallyInputError("electorate is empty");
  let totalWeight = 0;
  for (const weight of weights.values()) totalWeight += weight;
  if (totalWeight > MAX_ELECTORATE_WEIGHT) throw new TallyInputError(`electorate weight exceeds ${MAX_ELECTORATE_WEIGHT}`);
  return { weights, totalWeight };
}

/** True for `{ member, weight }` with no other member, its member an id `readId` accepts and its weight an integer `readElectorate` accepts. */
function isPlainEntry(item: unknown): item is { readonly member: MemberKey; readonly weight: number } {
  if (!isFields(item)) return false;
  const names = Object.keys(item);
  if (names.length !== 2 || !((names[0] === "member" && names[1] === "weight") || (names[0] === "weight" && names[1] === "member"))) return false;
  const { member, weight } = item;
  if (typeof weight !== "number" || !Number.isSafeInteger(weight) || weight < 1 || weight > MAX_ELECTORATE_WEIGHT) return false;
  return typeof member === "string" && member.length > 0 && !LONE_SURROGATE.test(member);
}

/** A ballot whose member has been read but whose choice has not. */
export interface RawBallot {
  readonly member: MemberKey;
  readonly choice: unknown;
}

/** True for `{ member, choice }` with no other member, its member an id `readId` accepts. */
function isPlainBallot(item: unknown): item is { readonly member: string; readonly choice: unknown } {
  if (!isFields(item)) return false;
  const names = Object.keys(item);
  if (names.length !== 2 || !((names[0] === "member" && names[1] === "choice") || (names[0] === "choice" && names[1] === "member"))) return false;
  const { member } = item;
  return typeof member === "string" && member.length > 0 && !LONE_SURROGATE.test(member);
}

/** True if the ballots are in ascending member order (equal members side by side). */
function inMemberOrder(ballots: readonly RawBallot[]): boolean {
  for (let i = 1; i < ballots.length; i++) if (compareIds(ballots[i - 1]!.member, ballots[i]!.member) > 0) return false;
  return true;
}

/**
 * The ballots (T3.1), sorted by member; given in that order (as a vote's tally gives them), they
 * are not sorted again.
 * @throws {TallyInputError} if it is not a list of `{ member, choice }`, or two ballots have
 *   the same member.
 */
export function readBallots(value: unknown): RawBallot[] {
  if (!Array.isArray(value)) throw new TallyInputError(`ballots must be a list, not ${show(value)}`);
  const ballots = (value as readonly unknown[]).map((item, i): RawBallot => {
    // A tally may read 100,000 ballots: the plain shape is checked without naming the place, which
    // is named only for a ballot that fails (by the same checks, so with the same message).
    if (isPlainBallot(item)) return { member: item.member as MemberKey, choice: item.choice };
    const ballot = readFields(item, `ballots[${i}]`, ["member", "choice"], ["member", "choice"]);
    return { member: readId(ballot.member, `ballots[${i}].member`) as MemberKey, choice: ballot.choice };
  });
  if (!inMemberOrder(ballots)) ballots.sort((a, b) => compareIds(a.member, b.member));
  for (let i = 1; i < ballots.length; i++) {
    const member = ballots[i]?.member;
    if (member === ballots[i - 1]?.member) throw new TallyInputError(`two ballots from member ${show(member)}`);
  }
  return ballots;
}

/**
 * A choice that is a list of distinct options (approval, T12).
 * @throws {TallyInputError} if it is not a list, names something that is not an option, or
 *   names an option twice.
 */
export function readOptionList(choice: unknown, options: ReadonlySet<string>): OptionId[] {
  if (!Array.isArray(choice)) throw new TallyInputError(`choice ${show(choice)} is not a list of options`);
  const seen = new Set<string>();
  for (const item of choice as readonly unknown[]) {
    if (typeof item !== "string" || !options.has(item)) throw new TallyInputError(`choice names ${show(item)}, which is not an option`);
    if (seen.has(item)) throw new TallyInputError(`choice names option ${show(item)} twice`);
    seen.add(item);
  }
  return [...(choice as readonly OptionId[])];
}
