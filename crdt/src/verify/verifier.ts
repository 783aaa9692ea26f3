/**
 * The signature-verification seam (PROTOCOL.md S). Every backend (WebCrypto, tweetnacl…)
 * implements this interface, runs the same strict pre-check first, and passes the same
 * shared contract tests and vector files.
 */

/** One detached ed25519 signature to check. */
export interface SignatureCheck {
  /** 32-byte ed25519 public key. */
  readonly publicKey: Uint8Array;
  readonly message: Uint8Array;
  /** 64-byte signature R || S. */
  readonly signature: Uint8Array;
}

/** A signature verifier under the one strict policy of PROTOCOL.md S1. */
export interface Verifier {
  /** Backend name, for reports and benchmarks (e.g. "webcrypto", "tweetnacl"). */
  readonly backend: string;
  /**
   * True when batches are checked elsewhere (worker threads) from the moment they are handed
   * over: a caller then hands each batch over as soon as it is ready instead of merging batches,
   * so the checks run while it goes on reading (PROTOCOL.md S10).
   */
  readonly parallel?: boolean;
  /**
   * Checks many signatures. Returns one verdict per check, in input order: `true` only if the
   * signature is valid under the strict policy. Never throws on bad bytes (wrong lengths,
   * non-canonical encodings, small-order points all give `false`).
   */
  verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]>;
}
