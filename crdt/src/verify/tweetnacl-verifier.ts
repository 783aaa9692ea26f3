import nacl from "tweetnacl";
import type { SignatureCheck, Verifier } from "./verifier.js";
import { passesStrictPrecheck } from "./ed25519-precheck.js";

/** Array.isArray without narrowing a readonly array type to any[]. */
const isList: (value: unknown) => boolean = Array.isArray;

/** One check through tweetnacl after the strict pre-check; never throws. */
function verifyOne(check: SignatureCheck): boolean {
  try {
    const { publicKey, message, signature } = check;
    if (!passesStrictPrecheck(publicKey, message, signature)) return false;
    return nacl.sign.detached.verify(message, signature, publicKey);
  } catch {
    return false; // a non-object check or a throwing getter
  }
}

/**
 * A Verifier over tweetnacl (`nacl.sign.detached.verify`, pure JS, about a hundred checks a
 * second): the fallback where WebCrypto Ed25519 is missing, e.g. a phone on plain http. The
 * strict pre-check (S2–S5) runs first: on its own tweetnacl accepts S ≥ L and small-order keys.
 * Runs synchronously inside the returned promise, so large batches belong in a worker.
 * @throws {TypeError} (as a rejected promise) if `checks` is not an array.
 */
export function tweetnaclVerifier(): Verifier {
  return {
    backend: "tweetnacl",
    verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
      if (!isList(checks)) return Promise.reject(new TypeError("verifyBatch: checks must be an array"));
      return Promise.resolve(checks.map(verifyOne));
    },
  };
}
