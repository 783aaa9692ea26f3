import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naclSignerFromSeed } from "../../src/verify/nacl-signer.js";
import { fromBase64url } from "../../src/encoding/base64url.js";
import type { SignatureCheck, Verifier } from "../../src/verify/verifier.js";
import { checkOf, type VectorCase } from "./ed25519-vector-case.js";
import { FLAT_VECTOR_FILES, loadFlatVectors, loadWycheproofVectors } from "./load-ed25519-vectors.js";

/** Options of the shared Verifier contract. */
export interface VerifierContractOptions {
  /** fast-check runs of the sign-then-verify property; keep it small for slow backends. */
  readonly propertyRuns: number;
}

/** Vector files by name, loaded once per suite. */
function vectorFiles(): [string, VectorCase[]][] {
  return [
    ...FLAT_VECTOR_FILES.map((name): [string, VectorCase[]] => [name, loadFlatVectors(name)]),
    ["wycheproof.json", loadWycheproofVectors()],
  ];
}

/**
 * The contract every Verifier backend passes (PROTOCOL.md S1–S7): the vector files, bad input,
 * order of verdicts, and sign-then-verify properties. Call it inside a test file, once per backend.
 */
export function describeVerifierContract(
  name: string,
  makeVerifier: () => Verifier | Promise<Verifier>,
  options: VerifierContractOptions,
): void {
  describe(`Verifier contract: ${name}`, () => {
    for (const [file, vectors] of vectorFiles()) {
      it(`[S1] gives every vector of ${file} its expected verdict`, async () => {
        const verifier = await makeVerifier();
        const verdicts = await verifier.verifyBatch(vectors.map(checkOf));
        const wrong = vectors.filter((vector, i) => verdicts[i] !== vector.expected).map((vector) => vector.id);
        expect(wrong).toEqual([]);
        expect(verdicts).toHaveLength(vectors.length);
      });
    }

    it("[S2] gives false, never an error, for wrong lengths and values that are not bytes", async () => {
      const verifier = await makeVerifier();
      const good = checkOf(loadFlatVectors("rfc8032.json")[0]!);
      const bad: unknown[] = [
        { ...good, publicKey: good.publicKey.subarray(0, 31) },
        { ...good, publicKey: new Uint8Array([...good.publicKey, 0]) },
        { ...good, signature: good.signature.subarray(0, 63) },
        { ...good, signature: new Uint8Array([...good.signature, 0]) },
        { ...good, signature: new Uint8Array(0) },
        { ...good, publicKey: Array.from(good.publicKey) },
        { ...good, signature: Array.from(good.signature) },
        { ...good, message: "" },
        { ...good, message: undefined },
        { ...good, publicKey: null },
        { publicKey: good.publicKey, signature: good.signature },
        null,
        undefined,
        42,
        "check",
        {
          get publicKey(): never {
            throw new Error("hostile getter");
          },
        },
      ];
      const verdicts = await verifier.verifyBatch([...(bad as SignatureCheck[]), good]);
      expect(verdicts).toEqual([...bad.map(() => false), true]);
    });

    it("[S1] refuses a batch that is not a list with a TypeError (a programming error, not bad bytes)", async () => {
      const verifier = await makeVerifier();
      await expect(verifier.verifyBatch(undefined as unknown as SignatureCheck[])).rejects.toThrow(TypeError);
      await expect(verifier.verifyBatch({ length: 1 } as unknown as SignatureCheck[])).rejects.toThrow(TypeError);
    });

    it("[S2] returns one verdict per check in input order, and nothing for an empty batch", async () => {
      const verifier = await makeVerifier();
      const [valid, invalid] = [loadFlatVectors("rfc8032.json")[1]!, loadFlatVectors("speccheck.json")[6]!];
      const checks = [valid, invalid, invalid, valid, invalid].map(checkOf);
      expect(await verifier.verifyBatch(checks)).toEqual([true, false, false, true, false]);
      expect(await verifier.verifyBatch([])).toEqual([]);
    });

    it("[S6] accepts what naclSignerFromSeed signs and refuses it once any bit of message or signature flips", async () => {
      const verifier = await makeVerifier();
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ minLength: 32, maxLength: 32 }),
          fc.uint8Array({ maxLength: 200 }),
          fc.nat(),
          async (seed, message, flipAt) => {
            const signer = naclSignerFromSeed(seed);
            const publicKey = fromBase64url(signer.publicKey);
            const signature = await signer.sign(message);
            const flippedSig = signature.slice();
            flippedSig[flipAt % 64]! ^= 1 << flipAt % 8;
            const checks: SignatureCheck[] = [
              { publicKey, message, signature },
              { publicKey, message, signature: flippedSig },
            ];
            if (message.length > 0) {
              const flippedMessage = message.slice();
              flippedMessage[flipAt % message.length]! ^= 1 << flipAt % 8;
              checks.push({ publicKey, message: flippedMessage, signature });
            }
            const verdicts = await verifier.verifyBatch(checks);
            expect(verdicts).toEqual([true, ...checks.slice(1).map(() => false)]);
          },
        ),
        { numRuns: options.propertyRuns },
      );
    });
  });
}
