/**
 * Guards at the worker's edge (STYLE.md habit 4): each handler checks its input with one before
 * using any of it, so a malformed call is refused whole, never half-used. A guard is a plain type
 * predicate built from these few combinators; `Guarded<G>` is the type it proves.
 */
import type { DocumentUrl, MemberKey, ProposalId, RecordId } from "@chapterhouse/crdt/records";

/** True only for values of type `T`. Never throws. */
export type Guard<T> = (value: unknown) => value is T;

/** The type a guard proves. */
export type Guarded<G> = G extends Guard<infer T> ? T : never;

/** A string. */
export const isString: Guard<string> = (value): value is string => typeof value === "string";

/** A string of type `T` (a branded id or URL), not empty. */
export function isId<T extends string>(): Guard<T> {
  return (value): value is T => typeof value === "string" && value !== "";
}

/** A record id (R3), as record maps key them. */
export const isRecordId = isId<RecordId>();
/** A proposal's id (its creation record's id). */
export const isProposalId = isId<ProposalId>();
/** A member's key. */
export const isMemberKey = isId<MemberKey>();
/** A document URL (`automerge:…`). */
export const isDocumentUrl: Guard<DocumentUrl> = (value): value is DocumentUrl => typeof value === "string" && value.startsWith("automerge:");

/** An integer a double holds exactly (a time in ms). */
export const isSafeInteger: Guard<number> = (value): value is number => Number.isSafeInteger(value);

/** Bytes. */
export const isBytes: Guard<Uint8Array> = (value): value is Uint8Array => value instanceof Uint8Array;

/** One of the strings `values`. */
export function isOneOf<const T extends string>(values: readonly T[]): Guard<T> {
  return (value): value is T => typeof value === "string" && (values as readonly string[]).includes(value);
}

/** `T` or null. */
export function isNullable<T>(guard: Guard<T>): Guard<T | null> {
  return (value): value is T | null => value === null || guard(value);
}

/** An array of `T`. */
export function isArrayOf<T>(guard: Guard<T>): Guard<readonly T[]> {
  return (value): value is readonly T[] => Array.isArray(value) && value.every((item) => guard(item));
}

/** A plain object with at least these members, each passing its guard (other members are ignored and never read). */
export function isObjectOf<S extends Record<string, Guard<unknown>>>(shape: S): Guard<{ readonly [K in keyof S]: Guarded<S[K]> }> {
  return (value): value is { readonly [K in keyof S]: Guarded<S[K]> } => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const fields = value as Record<string, unknown>;
    return Object.entries(shape).every(([name, guard]) => guard(fields[name]));
  };
}
