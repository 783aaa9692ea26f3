/**
 * Why private content could not be sealed (PROTOCOL.md PV4.5). Reading never throws: it names
 * each envelope's outcome instead (PV5).
 */
export type PrivateErrorCode =
  /** The record's bytes exceed what one envelope carries; `limit` says how many it may have. */
  | "too-large"
  /** The record's body names another scope (or none): sealed here it would be refused as replayed. */
  | "wrong-scope";

/** Thrown by `sealEnvelope`; `code` says what went wrong and `limit` the limit it passed, if any. */
export class PrivateError extends Error {
  constructor(
    readonly code: PrivateErrorCode,
    message: string,
    readonly limit?: number,
  ) {
    super(message);
    this.name = "PrivateError";
  }
}
