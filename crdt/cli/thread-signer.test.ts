import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { fromBase64url } from "@chapterhouse/crdt/encoding";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { bytesToHex, hexToBytes } from "../test/helpers/hex.js";
import { loadRfc8032SigningVectors } from "../test/helpers/load-ed25519-vectors.js";
import { SeedKeys, packSigning, publicKeysOf, signPacked } from "./seed-signing.js";
import { runSimulate } from "./simulate-command.js";
import { ThreadPool } from "./thread-pool.js";
import { threadSignerFromSeed } from "./thread-signer.js";

// The threads run the built worker script, as `npm test` builds it before the tests run.
const pool = new ThreadPool(2);
afterAll(() => pool.close());

describe("signing on worker threads", () => {
  it("[S9] [S10] reproduces the public keys and signatures of RFC 8032 §7.1", async () => {
    const signerFromSeed = threadSignerFromSeed(pool);
    for (const c of loadRfc8032SigningVectors()) {
      const signer = await signerFromSeed(hexToBytes(c.secretKey));
      expect(bytesToHex(fromBase64url(signer.publicKey)), c.id).toBe(c.publicKey);
      expect(bytesToHex(await signer.sign(hexToBytes(c.message))), c.id).toBe(c.signature);
    }
  });

  it("[S9] [S10] gives byte-identical keys and signatures to naclSignerFromSeed, many at once", async () => {
    const signerFromSeed = threadSignerFromSeed(pool);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 300 })), { minLength: 1, maxLength: 40 }), async (pairs) => {
        const fast = await Promise.all(pairs.map(async ([seed, message]) => {
          const signer = await signerFromSeed(seed);
          return [signer.publicKey, bytesToHex(await signer.sign(message))];
        }));
        const slow = await Promise.all(pairs.map(async ([seed, message]) => {
          const signer = naclSignerFromSeed(seed);
          return [signer.publicKey, bytesToHex(await signer.sign(message))];
        }));
        expect(fast).toEqual(slow);
      }),
      { numRuns: 10 },
    );
  });

  it("[S10] refuses a seed that is not 32 bytes, and packs that are not packs", async () => {
    await expect(threadSignerFromSeed(pool)(new Uint8Array(31))).rejects.toThrow(TypeError);
    expect(() => packSigning([{ seed: new Uint8Array(31), message: new Uint8Array(1) }])).toThrow(TypeError);
    const keys = new SeedKeys();
    const packed = packSigning([{ seed: new Uint8Array(32), message: new Uint8Array(5) }]);
    expect(signPacked(keys, packed)).toHaveLength(64);
    expect(() => signPacked(keys, packed.subarray(0, packed.length - 1))).toThrow(TypeError);
    expect(() => signPacked(keys, new Uint8Array(2))).toThrow(TypeError);
    expect(() => publicKeysOf(keys, new Uint8Array(33))).toThrow(TypeError);
  });

  it("[V11.2] [S10] simulate writes the same file signing on worker threads as with WebCrypto in the main thread", async () => {
    const args = ["--voters", "25", "--rule", "approval", "--chapters", "3", "--seed", "threads", "--all-membership-kinds"];
    const threads = await runSimulate([...args, "--threads", "3"]);
    const main = await runSimulate([...args, "--threads", "0"]);
    expect(threads.code).toBe(0);
    expect(threads.stdout).toBe(main.stdout);
    expect((await runSimulate([...args, "--threads", "x"])).code).toBe(2);
  });
});
