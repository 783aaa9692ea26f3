/**
 * A member's identity, everything derived from one recovery phrase (PROTOCOL.md K2, K3).
 * The phrase stays in a closure: it is not a property, so logging or serialising an
 * Identity never shows it; only `revealPhrase()` gives it back.
 */
import nacl from "tweetnacl";
import type { MemberKey } from "../records/ids.js";
import { naclSignerFromSeed } from "../verify/nacl-signer.js";
import { signerFromSeed } from "../verify/signer-from-seed.js";
import type { Signer } from "../records/record.js";
import { deriveIdentityKeys } from "./identity-keys.js";
import { parsePhrase, phraseSeed, type RecoveryPhrase } from "./recovery-phrase.js";

/** A `nacl.box` (X25519) key pair, 32 bytes each. */
export interface BoxKeyPair {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

/** A member's keys, derived from their recovery phrase. */
export interface Identity {
  /** The ed25519 public key in K1 encoding: the member's identity everywhere. */
  readonly publicKey: MemberKey;
  /** Signs with the K3.4 key; its `publicKey` equals this identity's. */
  readonly signer: Signer;
  /**
   * The same key's signer over WebCrypto's Ed25519 in `subtle` where it signs it (off the calling
   * thread; the signatures byte-identical), else `signer` (`signerFromSeed`). Never rejects.
   */
  signerWith(subtle: SubtleCrypto | null | undefined): Promise<Signer>;
  /** For private messages (K3.5): independent of the signing key. */
  readonly boxKeyPair: BoxKeyPair;
  /** 16 bytes naming the member's Home document (K3.6); the renderer makes them a document id. */
  readonly homeDocument: Uint8Array;
  /** The recovery phrase, for showing it to its owner or sealing it in a vault. */
  revealPhrase(): RecoveryPhrase;
}

/**
 * The identity of a recovery phrase. Accepts typed text: it is normalised and validated
 * first (K2.3, K2.4). Costs one BIP39 PBKDF2 (2048 rounds of HMAC-SHA512, tens of ms).
 * @throws {PhraseError} if the text is not a valid recovery phrase.
 * @throws {TypeError} if `text` is not a string.
 */
export function identityFromPhrase(text: string): Identity {
  const phrase = parsePhrase(text);
  const keys = deriveIdentityKeys(phraseSeed(phrase));
  const signer = naclSignerFromSeed(keys.signingSeed);
  const box = nacl.box.keyPair.fromSecretKey(keys.boxSecretKey);
  return Object.freeze({
    publicKey: signer.publicKey,
    signer,
    boxKeyPair: Object.freeze({ publicKey: box.publicKey, secretKey: box.secretKey }),
    homeDocument: keys.homeDocument,
    signerWith: (subtle: SubtleCrypto | null | undefined) =>
      signerFromSeed(keys.signingSeed, subtle).then((fast) => (fast.publicKey === signer.publicKey ? fast : signer)),
    revealPhrase: () => phrase,
  });
}
