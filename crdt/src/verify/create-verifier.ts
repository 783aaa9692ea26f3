import { fromBase64url } from "../encoding/base64url.js";
import type { Verifier } from "./verifier.js";
import { tweetnaclVerifier } from "./tweetnacl-verifier.js";
import { webCryptoVerifier } from "./webcrypto-verifier.js";

/** Where `createVerifier` looks for a fast backend. Pass it in; tests pass a fake or nothing. */
export interface VerifierEnvironment {
  /** `crypto.subtle`, absent outside secure contexts (a phone on `http://LAN-address`). */
  readonly subtle?: SubtleCrypto | null | undefined;
}

// RFC 8032 §7.1 TEST 1: the probe must accept it, and must refuse it for another message.
const PROBE_KEY = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
const PROBE_SIG = "5VZDAMNgrHKQhuLMgG6CioSHfx645dl02HPgZSJJAVVfuIIVkKM7rMYeOXAc-bRr0lv18FlbviRlUUFDjnoQCw";

/** The environment of the running page or process: `globalThis.crypto.subtle` if any. */
export function currentVerifierEnvironment(): VerifierEnvironment {
  const crypto = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto;
  return { subtle: crypto?.subtle };
}

/**
 * True when `subtle` verifies Ed25519 correctly: it accepts RFC 8032 TEST 1 and refuses the same
 * signature over another message. Never throws.
 */
export async function supportsWebCryptoEd25519(subtle: SubtleCrypto | null | undefined): Promise<boolean> {
  if (typeof subtle !== "object" || subtle === null) return false;
  try {
    const publicKey = fromBase64url(PROBE_KEY);
    const signature = fromBase64url(PROBE_SIG);
    const verdicts = await webCryptoVerifier(subtle).verifyBatch([
      { publicKey, message: new Uint8Array(0), signature },
      { publicKey, message: new Uint8Array([0x72]), signature },
    ]);
    return verdicts[0] === true && verdicts[1] === false;
  } catch {
    return false;
  }
}

/**
 * Picks the backend once (S7): WebCrypto when `env.subtle` passes the Ed25519 probe, else
 * tweetnacl. Call it once and keep the verifier; nothing is cached between calls.
 * Never throws.
 */
export async function createVerifier(env: VerifierEnvironment = currentVerifierEnvironment()): Promise<Verifier> {
  const subtle = env.subtle;
  if (subtle && (await supportsWebCryptoEd25519(subtle))) return webCryptoVerifier(subtle);
  return tweetnaclVerifier();
}
