import type { SignatureCheck } from "../../src/verify/verifier.js";
import { hexToBytes } from "./hex.js";

/**
 * One ed25519 vector in a flat, JSON-able form (hex strings), so the same list can be handed
 * to a Chromium page. `expected` is the verdict under PROTOCOL.md S1.
 */
export interface VectorCase {
  /** The vector file it came from, e.g. "wycheproof.json". */
  readonly file: string;
  /** Its name in that file, e.g. "tcId 63" or "speccheck 6". */
  readonly id: string;
  readonly publicKey: string;
  readonly message: string;
  readonly signature: string;
  readonly expected: boolean;
}

/** The SignatureCheck a vector describes. @throws {TypeError} on malformed hex. */
export function checkOf(vector: VectorCase): SignatureCheck {
  return {
    publicKey: hexToBytes(vector.publicKey),
    message: hexToBytes(vector.message),
    signature: hexToBytes(vector.signature),
  };
}
