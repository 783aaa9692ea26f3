import { toBase64url } from "../encoding/base64url.js";
import type { SignatureCheck, Verifier } from "./verifier.js";
import { bytesForWebCrypto } from "./bytes-for-webcrypto.js";
import { passesStrictPrecheck } from "./ed25519-precheck.js";

/** Array.isArray without narrowing a readonly array type to any[]. */
const isList: (value: unknown) => boolean = Array.isArray;

const ED25519: Readonly<Algorithm> = Object.freeze({ name: "Ed25519" });

/** How many checks run concurrently by default: one `Promise.all` per chunk. */
export const WEBCRYPTO_DEFAULT_CHUNK = 256;

/** Options of `webCryptoVerifier`. */
export interface WebCryptoVerifierOptions {
  /** Checks awaited together with one `Promise.all`; keys are imported once per chunk. */
  readonly chunkSize?: number;
}

/**
 * A Verifier over WebCrypto Ed25519 (`subtle.importKey("raw")` then `subtle.verify`), which is
 * present in Node 20 and in secure browser contexts. The strict pre-check (S2–S5) runs first;
 * WebCrypto then decides the cofactorless equation (S6). Any WebCrypto error (unsupported
 * algorithm, a key that does not decode) gives `false` for that check.
 * @throws {TypeError} if `subtle` is not an object or `chunkSize` is not a positive integer.
 */
export function webCryptoVerifier(subtle: SubtleCrypto, options: WebCryptoVerifierOptions = {}): Verifier {
  if (typeof subtle !== "object" || subtle === null) throw new TypeError("webCryptoVerifier: subtle is required");
  const chunkSize = options.chunkSize ?? WEBCRYPTO_DEFAULT_CHUNK;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) throw new TypeError("webCryptoVerifier: bad chunkSize");

  async function verifyChunk(chunk: readonly SignatureCheck[]): Promise<boolean[]> {
    // Imported keys are shared within a chunk only, so memory stays bounded by the chunk size.
    const keys = new Map<string, Promise<CryptoKey | undefined>>();
    const importKey = (publicKey: Uint8Array): Promise<CryptoKey | undefined> => {
      const name = toBase64url(publicKey);
      let key = keys.get(name);
      if (key === undefined) {
        key = subtle.importKey("raw", bytesForWebCrypto(publicKey), ED25519, false, ["verify"]).then(
          (imported) => imported,
          () => undefined,
        );
        keys.set(name, key);
      }
      return key;
    };
    const verifyOne = async (check: SignatureCheck): Promise<boolean> => {
      try {
        const { publicKey, message, signature } = check;
        if (!passesStrictPrecheck(publicKey, message, signature)) return false;
        const key = await importKey(publicKey);
        if (key === undefined) return false;
        return (await subtle.verify(ED25519, key, bytesForWebCrypto(signature), bytesForWebCrypto(message))) === true;
      } catch {
        return false; // a non-object check, a throwing getter, or a WebCrypto failure
      }
    };
    return Promise.all(chunk.map(verifyOne));
  }

  return {
    backend: "webcrypto",
    async verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
      if (!isList(checks)) throw new TypeError("verifyBatch: checks must be an array");
      const verdicts: boolean[] = [];
      for (let start = 0; start < checks.length; start += chunkSize) {
        verdicts.push(...(await verifyChunk(checks.slice(start, start + chunkSize))));
      }
      return verdicts;
    },
  };
}
