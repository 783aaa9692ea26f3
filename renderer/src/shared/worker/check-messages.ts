/**
 * The messages between the verification worker and its signature-check workers (PROTOCOL.md S10),
 * one tagged union per direction, each checked by its guard where it arrives: anything else is
 * dropped, never half-used (STYLE.md habit 4).
 */
import { isBytes, isObjectOf, isString, type Guard } from "./guard.js";

/** To a check worker: a pack of checks (`packChecks(...).bytes`, its buffer transferred), numbered by the sender. */
export interface CheckRequest {
  readonly type: "check";
  readonly id: number;
  readonly packed: Uint8Array;
}

/** From a check worker: it listens, and runs `backend` (S7). */
export interface CheckReady {
  readonly type: "ready";
  readonly backend: string;
}

/** From a check worker: one byte per check of request `id`, 1 when valid under S1. */
export interface CheckVerdicts {
  readonly type: "verdicts";
  readonly id: number;
  readonly verdicts: Uint8Array;
}

/** From a check worker: request `id` could not be checked (a malformed pack, a backend failure). */
export interface CheckFailed {
  readonly type: "failed";
  readonly id: number;
  readonly error: string;
}

/** What a check worker posts. */
export type CheckAnswer = CheckReady | CheckVerdicts | CheckFailed;

const isCount: Guard<number> = (value): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isType =
  <T extends string>(type: T): Guard<T> =>
  (value): value is T =>
    value === type;

/** A check request. */
export const isCheckRequest: Guard<CheckRequest> = isObjectOf({ type: isType("check"), id: isCount, packed: isBytes });

/** A check worker's answer. */
export const isCheckAnswer: Guard<CheckAnswer> = (value): value is CheckAnswer =>
  isObjectOf({ type: isType("ready"), backend: isString })(value) ||
  isObjectOf({ type: isType("verdicts"), id: isCount, verdicts: isBytes })(value) ||
  isObjectOf({ type: isType("failed"), id: isCount, error: isString })(value);
