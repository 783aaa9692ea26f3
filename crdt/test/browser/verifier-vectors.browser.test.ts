import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tweetnaclVerifier } from "../../src/verify/tweetnacl-verifier.js";
import { webCryptoVerifier } from "../../src/verify/webcrypto-verifier.js";
import { checkOf } from "../helpers/ed25519-vector-case.js";
import { loadAllEd25519Vectors } from "../helpers/load-ed25519-vectors.js";
import { runInChromium } from "../helpers/run-in-chromium.js";
import type { VerifierPageInput, VerifierPageResult } from "./verifier-vectors.page.js";

const entry = fileURLToPath(new URL("./verifier-vectors.page.ts", import.meta.url));
const vectors = loadAllEd25519Vectors();
const expected = vectors.map((vector) => vector.expected);
const input: VerifierPageInput = { cases: vectors };

describe("the verifier in Chromium", () => {
  let secure: VerifierPageResult;
  let insecure: VerifierPageResult;
  let node: { webcrypto: boolean[]; tweetnacl: boolean[] };

  beforeAll(async () => {
    // One page from http://127.0.0.1 (a secure context), one from a plain-http name that
    // Chromium resolves to loopback (not a secure context: no crypto.subtle, like a phone).
    secure = await runInChromium<VerifierPageResult>({ entry, input });
    insecure = await runInChromium<VerifierPageResult>({ entry, input, host: "chapterhouse.test" });
    const checks = vectors.map(checkOf);
    node = {
      webcrypto: await webCryptoVerifier(globalThis.crypto.subtle).verifyBatch(checks),
      tweetnacl: await tweetnaclVerifier().verifyBatch(checks),
    };
  }, 180_000);

  it("[S1] WebCrypto in Chromium gives every vector its expected verdict, the same as in Node", () => {
    expect(secure.isSecureContext).toBe(true);
    expect(secure.hasSubtle).toBe(true);
    expect(secure.webcrypto).toEqual(expected);
    expect(secure.webcrypto).toEqual(node.webcrypto);
    expect(vectors.length).toBeGreaterThan(190);
  });

  it("[S1] tweetnacl in Chromium gives every vector its expected verdict, the same as in Node", () => {
    expect(secure.tweetnacl).toEqual(expected);
    expect(secure.tweetnacl).toEqual(node.tweetnacl);
    expect(insecure.tweetnacl).toEqual(expected);
  });

  it("[S7] createVerifier picks WebCrypto in a secure context and tweetnacl when told crypto.subtle is absent", () => {
    expect(secure.picked).toBe("webcrypto");
    expect(secure.pickedWithoutSubtle).toBe("tweetnacl");
    expect(secure.viaCreateVerifier).toEqual(expected);
  });

  it("[S7] on a plain-http page crypto.subtle is absent and createVerifier picks tweetnacl, with the same verdicts", () => {
    expect(insecure.isSecureContext).toBe(false);
    expect(insecure.hasSubtle).toBe(false);
    expect(insecure.webcrypto).toBeNull();
    expect(insecure.picked).toBe("tweetnacl");
    expect(insecure.viaCreateVerifier).toEqual(expected);
  });

  it("[S7] WebCrypto in Chromium checks hundreds of signatures a second or more (figure printed)", () => {
    console.log(`Chromium ${secure.userAgent}: WebCrypto about ${secure.webcryptoPerSecond} checks/s`);
    expect(secure.webcryptoPerSecond).toBeGreaterThan(300);
  });
});
