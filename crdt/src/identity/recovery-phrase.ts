/**
 * The recovery phrase (PROTOCOL.md K2): BIP39, English word list, 12 words (128 bits of
 * entropy), no BIP39 passphrase. Pure: randomness comes from the caller.
 */
import { entropyToMnemonic, mnemonicToEntropy, mnemonicToSeedSync, validateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { PhraseError } from "./phrase-error.js";

declare const phraseBrand: unique symbol;
/** A validated recovery phrase in canonical form (K2.3): 12 lower-case words, single spaces. */
export type RecoveryPhrase = string & { readonly [phraseBrand]: "RecoveryPhrase" };

/** Words in a recovery phrase (K2.1). */
export const PHRASE_WORDS = 12;
/** Bytes of entropy behind a recovery phrase (K2.1): 128 bits. */
export const PHRASE_ENTROPY_BYTES = 16;

/**
 * Splits typed text into words as K2.3 says: lower case (Unicode default mapping, not the
 * locale's), then NFKD; any run of whitespace separates words; leading and trailing
 * whitespace is ignored.
 */
export function phraseWords(text: string): string[] {
  const normal = text.toLowerCase().normalize("NFKD").trim();
  return normal === "" ? [] : normal.split(/\s+/u);
}

/**
 * Validates typed text as a recovery phrase and returns its canonical form (K2.3, K2.4).
 * Checks, in order: every word is in the English list, there are exactly 12 words, the
 * BIP39 checksum matches.
 * @throws {PhraseError} "unknown-word" (with the first bad word's 1-based position),
 *   "wrong-count" or "bad-checksum".
 * @throws {TypeError} if `text` is not a string.
 */
export function parsePhrase(text: string): RecoveryPhrase {
  if (typeof text !== "string") throw new TypeError("recovery phrase: expected a string");
  const words = phraseWords(text);
  const unknown = words.findIndex((word) => !wordlist.includes(word));
  if (unknown >= 0) throw new PhraseError({ code: "unknown-word", position: unknown + 1 });
  if (words.length !== PHRASE_WORDS) throw new PhraseError({ code: "wrong-count", count: words.length });
  const phrase = words.join(" ");
  if (!validateMnemonic(phrase, wordlist)) throw new PhraseError({ code: "bad-checksum" });
  return phrase as RecoveryPhrase;
}

/**
 * The recovery phrase of 16 bytes of entropy (BIP39 §"Generating the mnemonic").
 * @throws {TypeError} if `entropy` is not a Uint8Array of PHRASE_ENTROPY_BYTES bytes.
 */
export function phraseFromEntropy(entropy: Uint8Array): RecoveryPhrase {
  if (!(entropy instanceof Uint8Array) || entropy.length !== PHRASE_ENTROPY_BYTES) {
    throw new TypeError(`recovery phrase: entropy must be ${PHRASE_ENTROPY_BYTES} bytes`);
  }
  return entropyToMnemonic(entropy, wordlist) as RecoveryPhrase;
}

/**
 * A new recovery phrase from the caller's cryptographically secure random source, e.g.
 * `(n) => crypto.getRandomValues(new Uint8Array(n))` (available in insecure contexts too).
 * @throws {TypeError} if `randomBytes` does not return PHRASE_ENTROPY_BYTES bytes.
 */
export function generatePhrase(randomBytes: (length: number) => Uint8Array): RecoveryPhrase {
  return phraseFromEntropy(randomBytes(PHRASE_ENTROPY_BYTES));
}

/**
 * The 16 bytes of entropy a recovery phrase encodes (what the vault stores, K4.5).
 * @throws {PhraseError} if `phrase` is not a valid recovery phrase.
 */
export function phraseEntropy(phrase: RecoveryPhrase): Uint8Array {
  return mnemonicToEntropy(parsePhrase(phrase), wordlist);
}

/**
 * The BIP39 seed: PBKDF2-HMAC-SHA512(NFKD(mnemonic), "mnemonic" + NFKD(passphrase), 2048
 * iterations, 64 bytes). Chapterhouse always uses the empty passphrase (K3.1); the parameter
 * exists so the published BIP39 vectors (passphrase "TREZOR") can be checked.
 * @throws {Error} if `mnemonic` is not a string of words.
 */
export function bip39Seed(mnemonic: string, passphrase: string): Uint8Array {
  return mnemonicToSeedSync(mnemonic, passphrase);
}

/**
 * The 64-byte BIP39 seed of a recovery phrase, with the empty passphrase (K3.1).
 * @throws {PhraseError} if `phrase` is not a valid recovery phrase.
 */
export function phraseSeed(phrase: RecoveryPhrase): Uint8Array {
  return bip39Seed(parsePhrase(phrase), "");
}
