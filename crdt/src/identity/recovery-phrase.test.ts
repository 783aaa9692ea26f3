import { readFileSync } from "node:fs";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import { entropyToMnemonic, mnemonicToEntropy } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseError } from "./phrase-error.js";
import { generatePhrase, parsePhrase, phraseEntropy, phraseFromEntropy, phraseWords, type RecoveryPhrase } from "./recovery-phrase.js";

interface TrezorVectors {
  readonly english: readonly (readonly [string, string, string, string])[];
}
const trezor = JSON.parse(
  readFileSync(new URL("../../vectors/identity/bip39-trezor-english.json", import.meta.url), "utf8"),
) as TrezorVectors;
const twelveWords = trezor.english.filter(([entropy]) => entropy.length === 32);

const ABOUT = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

function problemOf(text: string): PhraseError {
  try {
    parsePhrase(text);
  } catch (error) {
    if (error instanceof PhraseError) return error;
    throw error;
  }
  throw new Error("expected a PhraseError");
}

describe("recovery phrase", () => {
  it("[K2.1] every published BIP39 English vector maps entropy to its mnemonic and back", () => {
    expect(trezor.english).toHaveLength(24);
    for (const [entropy, mnemonic] of trezor.english) {
      expect(entropyToMnemonic(hexToBytes(entropy), wordlist)).toBe(mnemonic);
      expect(bytesToHex(mnemonicToEntropy(mnemonic, wordlist))).toBe(entropy);
    }
  });

  it("[K2.1] the 12-word vectors are recovery phrases whose entropy is the published one", () => {
    expect(twelveWords.length).toBeGreaterThanOrEqual(8);
    for (const [entropy, mnemonic] of twelveWords) {
      expect(phraseFromEntropy(hexToBytes(entropy))).toBe(mnemonic);
      expect(parsePhrase(mnemonic)).toBe(mnemonic);
      expect(bytesToHex(phraseEntropy(mnemonic as RecoveryPhrase))).toBe(entropy);
    }
  });

  it("[K2.2] generation takes exactly 16 bytes from the caller's random source", () => {
    const asked: number[] = [];
    const phrase = generatePhrase((length) => {
      asked.push(length);
      return new Uint8Array(length).fill(0x7f);
    });
    expect(asked).toEqual([16]);
    expect(phrase).toBe("legal winner thank year wave sausage worth useful legal winner thank yellow");
    expect(() => generatePhrase(() => new Uint8Array(32))).toThrow(TypeError);
    expect(() => phraseFromEntropy(new Uint8Array(15))).toThrow(TypeError);
  });

  it("[K2.3] typed text is normalised: case, any whitespace, full-width letters (NFKD)", () => {
    expect(parsePhrase(`  ${ABOUT.toUpperCase().replaceAll(" ", " \t\n")}\n`)).toBe(ABOUT);
    expect(parsePhrase(ABOUT.replaceAll(" ", "\u00a0\u3000"))).toBe(ABOUT);
    // U+FF41… are full-width Latin letters; NFKD maps them to ASCII.
    expect(parsePhrase(ABOUT.replace("about", "\uff41\uff42\uff4f\uff55\uff54"))).toBe(ABOUT);
    expect(phraseWords("  ")).toEqual([]);
  });

  it("[K2.4] an unknown word is reported with its 1-based position, not echoed", () => {
    const error = problemOf(ABOUT.replace("about", "abuot"));
    expect(error.problem).toEqual({ code: "unknown-word", position: 12 });
    expect(error.message).toMatch(/word 12 /);
    expect(error.message).not.toMatch(/abuot/);
    // The first unknown word is reported, even when the count is also wrong.
    expect(problemOf("abandon zzz abandon").problem).toEqual({ code: "unknown-word", position: 2 });
  });

  it("[K2.4] a phrase of another length is refused with its count, even a valid 24-word BIP39 phrase", () => {
    expect(problemOf(ABOUT.split(" ").slice(0, 11).join(" ")).problem).toEqual({ code: "wrong-count", count: 11 });
    expect(problemOf(`${ABOUT} abandon`).problem).toEqual({ code: "wrong-count", count: 13 });
    const twentyFour = trezor.english.find(([entropy]) => entropy.length === 64)![1];
    expect(problemOf(twentyFour).problem).toEqual({ code: "wrong-count", count: 24 });
    expect(problemOf("").problem).toEqual({ code: "wrong-count", count: 0 });
  });

  it("[K2.4] known words with a wrong checksum are refused as bad-checksum", () => {
    const error = problemOf(ABOUT.replace("about", "abandon"));
    expect(error.code).toBe("bad-checksum");
    expect(error).toBeInstanceOf(PhraseError);
    // Swapping two different words breaks the checksum too.
    const words = "legal winner thank year wave sausage worth useful legal winner thank yellow".split(" ");
    [words[0], words[1]] = [words[1]!, words[0]!];
    expect(problemOf(words.join(" ")).code).toBe("bad-checksum");
  });

  it("[K2.2] any 16 bytes give a phrase that parses back to the same bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (entropy) => {
        const phrase = phraseFromEntropy(entropy);
        expect(phrase.split(" ")).toHaveLength(12);
        expect(parsePhrase(phrase.toUpperCase())).toBe(phrase);
        expect(phraseEntropy(phrase)).toEqual(entropy);
      }),
      { numRuns: 50 },
    );
  });
});
