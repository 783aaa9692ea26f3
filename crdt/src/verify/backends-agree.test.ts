import nacl from "tweetnacl";
import { describe, expect, it } from "vitest";
import { checkOf } from "../../test/helpers/ed25519-vector-case.js";
import { loadAllEd25519Vectors, loadFlatVectors, loadWycheproofVectors } from "../../test/helpers/load-ed25519-vectors.js";
import { bytesForWebCrypto } from "./bytes-for-webcrypto.js";
import { tweetnaclVerifier } from "./tweetnacl-verifier.js";
import { webCryptoVerifier } from "./webcrypto-verifier.js";

const subtle = globalThis.crypto.subtle;

/** What a backend says without our pre-check: errors count as false. */
async function rawVerdicts(vectors: ReturnType<typeof loadAllEd25519Vectors>) {
  const naclRaw: boolean[] = [];
  const webRaw: boolean[] = [];
  for (const vector of vectors) {
    const { publicKey, message, signature } = checkOf(vector);
    try {
      naclRaw.push(nacl.sign.detached.verify(message, signature, publicKey));
    } catch {
      naclRaw.push(false);
    }
    try {
      const key = await subtle.importKey("raw", bytesForWebCrypto(publicKey), { name: "Ed25519" }, false, ["verify"]);
      webRaw.push(await subtle.verify({ name: "Ed25519" }, key, bytesForWebCrypto(signature), bytesForWebCrypto(message)));
    } catch {
      webRaw.push(false);
    }
  }
  return { naclRaw, webRaw };
}

describe("backend agreement", () => {
  it("[S1] every backend gives every vector of every file the same verdict", async () => {
    const vectors = loadAllEd25519Vectors();
    const checks = vectors.map(checkOf);
    const [web, tweet] = await Promise.all([webCryptoVerifier(subtle).verifyBatch(checks), tweetnaclVerifier().verifyBatch(checks)]);
    const disagreements = vectors.filter((_, i) => web[i] !== tweet[i]).map((v) => `${v.file} ${v.id}`);
    expect(disagreements).toEqual([]);
    expect(vectors.length).toBeGreaterThan(190);
  });

  it("[S3] without the pre-check tweetnacl accepts S >= L where WebCrypto refuses it; with it both refuse", async () => {
    const malleable = [...loadWycheproofVectors(), ...loadFlatVectors("speccheck.json")].filter((v) =>
      ["tcId 63", "tcId 64", "tcId 65", "tcId 66", "tcId 85", "speccheck 6", "speccheck 7"].includes(v.id),
    );
    const { naclRaw, webRaw } = await rawVerdicts(malleable);
    expect(naclRaw).toEqual(malleable.map(() => true));
    expect(webRaw).toEqual(malleable.map(() => false));
    expect(await tweetnaclVerifier().verifyBatch(malleable.map(checkOf))).toEqual(malleable.map(() => false));
  });

  it("[S5] without the pre-check both backends accept the identity-key forgery and small-order keys; with it both refuse", async () => {
    const smallOrder = [...loadFlatVectors("policy-edge-cases.json"), ...loadFlatVectors("speccheck.json")].filter((v) =>
      ["identity-key forgery", "identity-key forgery, another message", "speccheck 0", "speccheck 1", "speccheck 2", "speccheck 11"].includes(v.id),
    );
    expect(smallOrder).toHaveLength(6);
    const { naclRaw, webRaw } = await rawVerdicts(smallOrder);
    expect(naclRaw).toEqual(smallOrder.map(() => true));
    expect(webRaw).toEqual(smallOrder.map(() => true));
    const checks = smallOrder.map(checkOf);
    expect(await tweetnaclVerifier().verifyBatch(checks)).toEqual(smallOrder.map(() => false));
    expect(await webCryptoVerifier(subtle).verifyBatch(checks)).toEqual(smallOrder.map(() => false));
  });

  it("[S6] both backends check the cofactorless equation: speccheck 4 and 5 hold only cofactored and are refused", async () => {
    const cofactoredOnly = loadFlatVectors("speccheck.json").filter((v) => v.id === "speccheck 4" || v.id === "speccheck 5");
    expect(cofactoredOnly).toHaveLength(2);
    const checks = cofactoredOnly.map(checkOf);
    expect(await tweetnaclVerifier().verifyBatch(checks)).toEqual([false, false]);
    expect(await webCryptoVerifier(subtle).verifyBatch(checks)).toEqual([false, false]);
  });
});
