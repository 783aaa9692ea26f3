import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naclSignerFromSeed } from "./nacl-signer.js";
import { signerFromSeed, signsWebCryptoEd25519 } from "./signer-from-seed.js";

const subtle = globalThis.crypto.subtle;

/** `subtle` counting its signatures, or (`wrong`) signing every message into zeros. */
function watched(wrong = false): { readonly subtle: SubtleCrypto; readonly signed: () => number } {
  let signed = 0;
  const fake = Object.create(subtle) as SubtleCrypto;
  fake.importKey = subtle.importKey.bind(subtle);
  fake.exportKey = subtle.exportKey.bind(subtle);
  fake.sign = async (algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource) => {
    signed++;
    return wrong ? new ArrayBuffer(64) : subtle.sign(algorithm, key, data);
  };
  return { subtle: fake, signed: () => signed };
}

describe("signerFromSeed", () => {
  it("[S9] signs through WebCrypto where it signs Ed25519, byte-identical to tweetnacl", async () => {
    const { subtle: counted, signed } = watched();
    expect(await signsWebCryptoEd25519(counted)).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 200 }), async (seed, message) => {
        const before = signed();
        const signer = await signerFromSeed(seed, counted);
        const nacl = naclSignerFromSeed(seed);
        expect(signer.publicKey).toBe(nacl.publicKey);
        expect(await signer.sign(message)).toEqual(await nacl.sign(message));
        expect(signed()).toBe(before + 1);
      }),
      { numRuns: 20 },
    );
  });

  it("[S9] falls back to tweetnacl without WebCrypto (an insecure origin) and where WebCrypto signs wrongly", async () => {
    const seed = new Uint8Array(32).fill(7);
    const message = new TextEncoder().encode("redeem");
    const expected = await naclSignerFromSeed(seed).sign(message);
    for (const absent of [undefined, null]) expect(await (await signerFromSeed(seed, absent)).sign(message)).toEqual(expected);
    const { subtle: wrong, signed } = watched(true);
    expect(await signsWebCryptoEd25519(wrong)).toBe(false);
    const signer = await signerFromSeed(seed, wrong);
    expect(await signer.sign(message)).toEqual(expected);
    expect(signed()).toBe(1); // the probe's alone
  });

  it("refuses a seed that is not 32 bytes, with or without WebCrypto", async () => {
    for (const env of [subtle, undefined]) await expect(signerFromSeed(new Uint8Array(31), env)).rejects.toThrow(TypeError);
  });
});
