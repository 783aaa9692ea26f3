/**
 * A record ready to sign: its kind, body and deps (PROTOCOL.md R4 without `signer`, `at` and
 * `sig`, which the signer adds). Each kind's builder makes one, with the ids its body names
 * already in `deps` (M1.3, P1.2, V1.2); the app hands it to the vault, the desktop vault checks
 * its body with the kind's validator before signing (E7.1), and the simulation signs it directly.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { RecordId } from "../records/ids.js";
import { signRecord, type ParsedRecord, type Signer } from "../records/record.js";
import type { RecordBody } from "./define-kind.js";

/** A typed value as the plain canonical data it is (interfaces become object types). */
type Plain<T> = T extends CanonicalValue ? T : T extends readonly (infer U)[] ? readonly Plain<U>[] : { readonly [P in keyof T]: Plain<T[P]> };

/** The members of a body as it is signed: its parsed type without the `kind` tag its parser adds. */
export type BodyFields<B> = B extends { readonly kind: string } ? Plain<Omit<B, "kind">> : B;

/** A record to sign. */
export interface RecordDraft<K extends string = string, F extends RecordBody = RecordBody> {
  readonly kind: K;
  readonly body: F;
  /** Records the signer has seen (R7), in any order and with repeats: the signer sorts them. */
  readonly deps: readonly RecordId[];
}

/** `deps` and the ids a body names, nulls left out: what a builder puts in a draft's deps. Never throws. */
export function withNamed(deps: Iterable<RecordId> | undefined, ...named: readonly (RecordId | null)[]): RecordId[] {
  return [...(deps ?? []), ...named.filter((id): id is RecordId => id !== null)];
}

/**
 * Signs a draft at the claimed time `at` (R6).
 * @throws (as a rejected promise) what `signRecord` throws.
 */
export function signDraft(signer: Signer, draft: RecordDraft, at: number): Promise<ParsedRecord> {
  return signRecord(signer, { kind: draft.kind, body: draft.body, at, deps: draft.deps });
}
