import { fromBase64url, toBase64url } from "../encoding/base64url.js";
import type { Signer } from "../records/record.js";
import { naclSignerFromSeed } from "./nacl-signer.js";
import { webCryptoSignerFromSeed } from "./webcrypto-signer.js";

// RFC 8032 §7.1 TEST 1: its secret key (the seed), and the signature of the empty message.
const PROBE_SEED = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
const PROBE_SIG = "5VZDAMNgrHKQhuLMgG6CioSHfx645dl02HPgZSJJAVVfuIIVkKM7rMYeOXAc-bRr0lv18FlbviRlUUFDjnoQCw";

const probes = new WeakMap<SubtleCrypto, Promise<boolean>>();

/**
 * True when `subtle` signs Ed25519 as RFC 8032 says: TEST 1's seed signs the empty message into
 * TEST 1's signature. Probed once per `subtle`. Never throws.
 */
export function signsWebCryptoEd25519(subtle: SubtleCrypto | null | undefined): Promise<boolean> {
  if (typeof subtle !== "object" || subtle === null) return Promise.resolve(false);
  let probe = probes.get(subtle);
  if (probe === undefined) {
    probe = webCryptoSignerFromSeed(fromBase64url(PROBE_SEED), subtle)
      .then(async (signer) => toBase64url(await signer.sign(new Uint8Array(0))) === PROBE_SIG)
      .catch(() => false);
    probes.set(subtle, probe);
  }
  return probe;
}

/**
 * A Signer from a 32-byte Ed25519 seed that leaves the calling thread free where it can: over
 * WebCrypto's Ed25519 when `subtle` passes `signsWebCryptoEd25519` (a page's tweetnacl signature
 * held its thread for tens of ms), else over tweetnacl (no `subtle` on an insecure origin). Ed25519
 * signing is deterministic: the signatures are byte-identical either way.
 * @throws {TypeError} (as a rejected promise) if the seed is not 32 bytes.
 */
export async function signerFromSeed(seed: Uint8Array, subtle: SubtleCrypto | null | undefined): Promise<Signer> {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) throw new TypeError("seed must be 32 bytes");
  if (await signsWebCryptoEd25519(subtle)) {
    try {
      return await webCryptoSignerFromSeed(seed, subtle!);
    } catch {
      // A key WebCrypto refuses to import: tweetnacl signs the same bytes.
    }
  }
  return naclSignerFromSeed(seed);
}
