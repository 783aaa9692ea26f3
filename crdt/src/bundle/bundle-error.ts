/** What is wrong with a bundle file (PROTOCOL.md B4). */
export type BundleErrorCode =
  | "not-a-bundle"
  | "unsupported-version"
  | "malformed-header"
  | "truncated"
  | "trailing-bytes"
  | "corrupted"
  | "bad-document"
  | "too-large";

/** Thrown by bundle decoding; nothing has been merged anywhere when it is thrown. */
export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    detail: string,
  ) {
    super(`bundle refused (${code}): ${detail}`);
    this.name = "BundleError";
  }
}
