/**
 * A Verifier over Node's own crypto module (PROTOCOL.md S7): the strict pre-check (S2–S5), then
 * OpenSSL's Ed25519 verify for S4's decoding and S6, called synchronously. It is the engine
 * under Node's WebCrypto without WebCrypto's promise and key object per check, so each check
 * costs about a third less; it is what the CLI's worker threads run (S10).
 */
import { createPublicKey, verify } from "node:crypto";
import { passesStrictPrecheck, type SignatureCheck, type Verifier } from "@chapterhouse/crdt/verify";

/** The backend's name in reports and `--backend`. */
export const NODE_CRYPTO_BACKEND = "node-crypto";

/** One check; never throws. */
function verifyOne(check: SignatureCheck): boolean {
  try {
    const { publicKey, message, signature } = check;
    if (!passesStrictPrecheck(publicKey, message, signature)) return false;
    // A JWK import builds the key from its 32 bytes directly (a DER import goes through
    // OpenSSL's slower decoder); a key that does not decode to a point fails in `verify`.
    const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(publicKey.buffer, publicKey.byteOffset, 32).toString("base64url") }, format: "jwk" });
    return verify(null, message, key, signature);
  } catch {
    return false; // a non-object check, a throwing getter, or an OpenSSL refusal
  }
}

/**
 * The node-crypto Verifier. Synchronous inside the returned promise: large batches belong in a
 * worker thread (`threadVerifier`).
 * @throws {TypeError} (as a rejected promise) if `checks` is not an array.
 */
export function nodeCryptoVerifier(): Verifier {
  return {
    backend: NODE_CRYPTO_BACKEND,
    verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
      if (!Array.isArray(checks)) return Promise.reject(new TypeError("verifyBatch: checks must be an array"));
      return Promise.resolve(checks.map(verifyOne));
    },
  };
}
