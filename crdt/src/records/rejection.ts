import type { RecordId } from "./ids.js";

/**
 * Why the chokepoint refused a value found in a document (PROTOCOL.md D3). Every screen,
 * tally, export and CLI sees records only through the chokepoint, and every refusal is
 * reported with one of these reasons, never thrown.
 */
export type RejectionReason =
  /** not a string, not UTF-8 text, or not JSON */
  | "bad-bytes"
  /** JSON, but not byte-for-byte canonical (R1.5) */
  | "non-canonical"
  /** canonical, but not a valid envelope or body for its kind (R4, kind schemas) */
  | "malformed"
  /** larger than R8 allows */
  | "too-large"
  /** the signature does not verify under the strict policy (S1) */
  | "bad-signature"
  /** stored under a key that is not its id (R3, D2) */
  | "wrong-id"
  /** well formed and signed, but its signer lacked the authority in its causal past (M*) */
  | "unauthorised"
  /** a kind this document type does not hold */
  | "unknown-kind"
  /** cites records this device does not hold, so its authority cannot be judged yet */
  | "missing-deps";

/** One refused value, with where it was found and why. */
export interface Rejection {
  /** The map key it was stored under. */
  readonly key: string;
  /** The record's own id, when its bytes could be hashed. */
  readonly id?: RecordId;
  readonly reason: RejectionReason;
  /** A human-readable detail (which rule, which field). */
  readonly detail: string;
}
