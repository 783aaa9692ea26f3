/**
 * The signature backends the CLI can run (PROTOCOL.md S7, S10), by the name `--backend` takes.
 * `node-crypto` is the default in Node; `webcrypto` is what a secure browser page runs;
 * `tweetnacl` is the pure-JS fallback of a page on an insecure origin (a phone on
 * `http://LAN-address`), so `--backend tweetnacl` shows how long such a device takes.
 */
import { tweetnaclVerifier, webCryptoVerifier, type Verifier } from "@chapterhouse/crdt/verify";
import { NODE_CRYPTO_BACKEND, nodeCryptoVerifier } from "./node-crypto-verifier.js";

/** The backends' names, the default first. */
export const BACKEND_NAMES = [NODE_CRYPTO_BACKEND, "webcrypto", "tweetnacl"] as const;

/** A backend's name. */
export type BackendName = (typeof BACKEND_NAMES)[number];

/** True for a name in BACKEND_NAMES. Never throws. */
export function isBackendName(name: unknown): name is BackendName {
  return (BACKEND_NAMES as readonly unknown[]).includes(name);
}

/** A fresh Verifier of the named backend, running in the calling thread. Never throws. */
export function backendVerifier(name: BackendName): Verifier {
  switch (name) {
    case "node-crypto":
      return nodeCryptoVerifier();
    case "webcrypto":
      return webCryptoVerifier(globalThis.crypto.subtle);
    case "tweetnacl":
      return tweetnaclVerifier();
  }
}
