import { readFileSync } from "node:fs";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import nacl from "tweetnacl";
import { describe, expect, it } from "vitest";
import { fromBase64url, toBase64url } from "../encoding/base64url.js";
import { utf8 } from "../encoding/utf8.js";
import { PhraseError } from "./phrase-error.js";
import { identityFromPhrase } from "./identity.js";
import { IDENTITY_PATHS, deriveIdentityKeys } from "./identity-keys.js";
import { bip39Seed, phraseFromEntropy, phraseSeed } from "./recovery-phrase.js";

interface TrezorVectors {
  readonly passphrase: string;
  readonly english: readonly (readonly [string, string, string, string])[];
}
interface IdentityVector {
  readonly entropy: string;
  readonly phrase: string;
  readonly seed: string;
  readonly signingSeed: string;
  readonly publicKey: string;
  readonly boxSecretKey: string;
  readonly boxPublicKey: string;
  readonly homeDocument: string;
  readonly signature: string;
}
const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../vectors/identity/${name}`, import.meta.url), "utf8"));
const trezor = load("bip39-trezor-english.json") as TrezorVectors;
const ours = load("chapterhouse-identity.json") as { readonly message: string; readonly vectors: readonly IdentityVector[] };

describe("identity derivation", () => {
  it('[K3.1] the BIP39 seed of every published vector (passphrase "TREZOR") matches', () => {
    expect(trezor.passphrase).toBe("TREZOR");
    for (const [, mnemonic, seed] of trezor.english) expect(bytesToHex(bip39Seed(mnemonic, trezor.passphrase))).toBe(seed);
  });

  it("[K3.3] the pinned paths are m/1128808784'/0', /1', /2'", () => {
    const h = 2 ** 31;
    expect(IDENTITY_PATHS.signing).toEqual([1128808784 + h, 0 + h]);
    expect(IDENTITY_PATHS.box).toEqual([1128808784 + h, 1 + h]);
    expect(IDENTITY_PATHS.home).toEqual([1128808784 + h, 2 + h]);
  });

  for (const vector of ours.vectors) {
    it(`[K3.7] known answer: ${vector.phrase.split(" ").slice(0, 3).join(" ")}… gives the pinned keys and Home bytes`, async () => {
      const phrase = phraseFromEntropy(hexToBytes(vector.entropy));
      expect(phrase).toBe(vector.phrase);
      const seed = phraseSeed(phrase);
      expect(bytesToHex(seed)).toBe(vector.seed);
      const keys = deriveIdentityKeys(seed);
      expect(bytesToHex(keys.signingSeed)).toBe(vector.signingSeed);
      expect(bytesToHex(keys.boxSecretKey)).toBe(vector.boxSecretKey);
      expect(bytesToHex(keys.homeDocument)).toBe(vector.homeDocument);

      const identity = identityFromPhrase(vector.phrase);
      expect(identity.publicKey).toBe(vector.publicKey);
      expect(identity.signer.publicKey).toBe(vector.publicKey);
      expect(toBase64url(identity.boxKeyPair.publicKey)).toBe(vector.boxPublicKey);
      expect(bytesToHex(identity.boxKeyPair.secretKey)).toBe(vector.boxSecretKey);
      expect(bytesToHex(identity.homeDocument)).toBe(vector.homeDocument);
      const signature = await identity.signer.sign(utf8(ours.message));
      expect(toBase64url(signature)).toBe(vector.signature);
      expect(nacl.sign.detached.verify(utf8(ours.message), signature, fromBase64url(vector.publicKey))).toBe(true);
    });
  }

  it("[K3.5] the signing key, box key and Home bytes are independent values", () => {
    const keys = deriveIdentityKeys(phraseSeed(phraseFromEntropy(new Uint8Array(16))));
    const identity = identityFromPhrase(phraseFromEntropy(new Uint8Array(16)));
    const signingPublic = fromBase64url(identity.publicKey);
    // The box key is not the signing key converted to X25519: none of the 32-byte values coincide.
    const values = [keys.signingSeed, keys.boxSecretKey, signingPublic, identity.boxKeyPair.publicKey].map(bytesToHex);
    expect(new Set(values).size).toBe(4);
    expect(bytesToHex(keys.signingSeed).startsWith(bytesToHex(keys.homeDocument))).toBe(false);
    expect(() => deriveIdentityKeys(new Uint8Array(32))).toThrow(RangeError);
  });

  it("[K3.5] two identities can exchange nacl.box messages with their derived box keys", () => {
    const alice = identityFromPhrase(phraseFromEntropy(new Uint8Array(16).fill(1)));
    const bob = identityFromPhrase(phraseFromEntropy(new Uint8Array(16).fill(2)));
    const nonce = new Uint8Array(24).fill(9);
    const sealed = nacl.box(utf8("meet at eight"), nonce, bob.boxKeyPair.publicKey, alice.boxKeyPair.secretKey);
    const opened = nacl.box.open(sealed, nonce, alice.boxKeyPair.publicKey, bob.boxKeyPair.secretKey);
    expect(opened).toEqual(utf8("meet at eight"));
  });

  it("[K2.5] an identity shows its phrase only when asked, and typed text restores the same identity", () => {
    const phrase = ours.vectors[1]!.phrase;
    const identity = identityFromPhrase(`  ${phrase.toUpperCase().replaceAll(" ", "\n")} `);
    expect(identity.publicKey).toBe(ours.vectors[1]!.publicKey);
    expect(identity.revealPhrase()).toBe(phrase);
    const shown = JSON.stringify(identity) + String(Object.values(identity).map(String));
    for (const word of ["amount", "liar", "buyer"]) expect(shown).not.toContain(word);
    expect(Object.isFrozen(identity)).toBe(true);
    expect(() => identityFromPhrase(phrase.replace("buyer", "buyr"))).toThrow(PhraseError);
  });
});
