/**
 * A member key's fingerprint in words (PROTOCOL.md PF6), for two people to compare face to face:
 * six words of the BIP39 English list from the first 66 bits of SHA-256 of the key's 32 bytes.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { fromBase64urlOfLength } from "../encoding/base64url.js";
import type { MemberKey } from "../records/ids.js";

/** Words in a fingerprint (PF6): 66 bits, 11 per word. */
export const FINGERPRINT_WORDS = 6;

/**
 * The six words of `member`'s key (PF6): the first 66 bits of SHA-256 of its 32 bytes, read as six
 * 11-bit big-endian numbers, each the 0-based index of a word in the BIP39 English list.
 * @throws {TypeError} if `member` is not the unpadded base64url of 32 bytes (R2).
 */
export function keyFingerprint(member: MemberKey): readonly string[] {
  const hash = sha256(fromBase64urlOfLength(member, 32));
  const words: string[] = [];
  for (let bit = 0; bit < 11 * FINGERPRINT_WORDS; bit += 11) {
    // The 24 bits from the byte holding `bit` hold all 11 of the word's.
    const byte = bit >> 3;
    const window = (hash[byte]! << 16) | (hash[byte + 1]! << 8) | hash[byte + 2]!;
    words.push(wordlist[(window >> (13 - (bit & 7))) & 0x7ff]!);
  }
  return Object.freeze(words);
}
