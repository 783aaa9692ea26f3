import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naclSignerFromSeed } from "./nacl-signer.js";
import { fromBase64url } from "../encoding/base64url.js";
import { bytesToHex, hexToBytes } from "../../test/helpers/hex.js";
import { loadRfc8032SigningVectors } from "../../test/helpers/load-ed25519-vectors.js";
import { webCryptoSignerFromSeed } from "./webcrypto-signer.js";
import { webCryptoVerifier } from "./webcrypto-verifier.js";

const subtle = globalThis.crypto.subtle;

describe("webCryptoSignerFromSeed", () => {
  it("[S9] reproduces the public keys and signatures of RFC 8032 §7.1", async () => {
    const cases = loadRfc8032SigningVectors();
    expect(cases).toHaveLength(5);
    for (const c of cases) {
      const signer = await webCryptoSignerFromSeed(hexToBytes(c.secretKey), subtle);
      expect(bytesToHex(fromBase64url(signer.publicKey))).toBe(c.publicKey);
      expect(bytesToHex(await signer.sign(hexToBytes(c.message)))).toBe(c.signature);
    }
  });

  it("[S9] gives byte-identical keys and signatures to naclSignerFromSeed, which verify", async () => {
    const verifier = webCryptoVerifier(subtle);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 300 }), async (seed, message) => {
        const fast = await webCryptoSignerFromSeed(seed, subtle);
        const slow = naclSignerFromSeed(seed);
        expect(fast.publicKey).toBe(slow.publicKey);
        const signature = await fast.sign(message);
        expect(bytesToHex(signature)).toBe(bytesToHex(await slow.sign(message)));
        const publicKey = fromBase64url(fast.publicKey);
        expect(await verifier.verifyBatch([{ publicKey, message, signature }])).toEqual([true]);
      }),
      { numRuns: 50 },
    );
  });

  it("[S9] refuses a seed that is not 32 bytes", async () => {
    await expect(webCryptoSignerFromSeed(new Uint8Array(31), subtle)).rejects.toThrow(TypeError);
    await expect(webCryptoSignerFromSeed([] as unknown as Uint8Array, subtle)).rejects.toThrow(TypeError);
  });
});
