// Benchmark of the strict ed25519 verifier (docs/PROTOCOL.md S) in Node, through the built
// package. `run()` returns a JSON-able object of checks per second:
// - distinctKeys: N different signers, each check imports its key (the ballot-box case);
// - repeatedKey: one signer, N checks; the verifier imports the key once per chunk of 256, and
//   `rawVerifyKeyImportedOnce` is bare `subtle.verify` with the key imported once (no pre-check);
// - oneAtATime: one `verifyBatch([check])` awaited after another; batch: one `verifyBatch(all)`.
// Messages are signed with the WebCrypto signer (byte-identical to tweetnacl's, PROTOCOL.md S9).
import { fromBase64url } from "@chapterhouse/crdt/encoding";
import {
  passesStrictPrecheck,
  tweetnaclVerifier,
  webCryptoSignerFromSeed,
  webCryptoVerifier,
} from "@chapterhouse/crdt/verify";

const subtle = globalThis.crypto.subtle;
const encoder = new TextEncoder();

/** A deterministic 32-byte seed for signer number `i`. */
function seedOf(i) {
  const seed = new Uint8Array(32);
  new DataView(seed.buffer).setUint32(0, i + 1);
  seed[31] = 0xc5;
  return seed;
}

/** `n` signed checks, from `n` distinct signers or from one. */
async function signedChecks(n, distinct) {
  const checks = [];
  let signer = await webCryptoSignerFromSeed(seedOf(0), subtle);
  for (let i = 0; i < n; i++) {
    if (distinct && i > 0) signer = await webCryptoSignerFromSeed(seedOf(i), subtle);
    const message = encoder.encode(`{"body":{"ballot":${i}},"kind":"ballot","v":1}`);
    checks.push({ publicKey: fromBase64url(signer.publicKey), message, signature: await signer.sign(message) });
  }
  return checks;
}

/** Checks per second, rounded; throws if any verdict is not `true`. */
async function rate(verifier, checks, oneAtATime) {
  const start = performance.now();
  let verdicts = [];
  if (oneAtATime) {
    for (const check of checks) verdicts.push(...(await verifier.verifyBatch([check])));
  } else {
    verdicts = await verifier.verifyBatch(checks);
  }
  const seconds = (performance.now() - start) / 1000;
  if (verdicts.length !== checks.length || verdicts.some((v) => v !== true)) throw new Error("a valid signature failed");
  return Math.round(checks.length / seconds);
}

async function rawVerifyKeyImportedOnce(checks) {
  const key = await subtle.importKey("raw", checks[0].publicKey, { name: "Ed25519" }, false, ["verify"]);
  const start = performance.now();
  for (const { message, signature } of checks) {
    if (!(await subtle.verify({ name: "Ed25519" }, key, signature, message))) throw new Error("raw verify failed");
  }
  return Math.round(checks.length / ((performance.now() - start) / 1000));
}

function precheckRate(checks) {
  const start = performance.now();
  for (const { publicKey, message, signature } of checks) {
    if (!passesStrictPrecheck(publicKey, message, signature)) throw new Error("pre-check refused a valid signature");
  }
  return Math.round(checks.length / ((performance.now() - start) / 1000));
}

/**
 * Runs the benchmark. `webcryptoChecks` checks go through WebCrypto, `tweetnaclChecks` (tweetnacl
 * manages about a hundred a second) through tweetnacl.
 */
export async function run({ webcryptoChecks = 2000, tweetnaclChecks = 100 } = {}) {
  const distinct = await signedChecks(webcryptoChecks, true);
  const repeated = await signedChecks(webcryptoChecks, false);
  const webcrypto = webCryptoVerifier(subtle);
  const tweetnacl = tweetnaclVerifier();
  return {
    benchmark: "verifier",
    node: process.version,
    unit: "checks per second",
    webcrypto: {
      n: webcryptoChecks,
      distinctKeys: { oneAtATime: await rate(webcrypto, distinct, true), batch: await rate(webcrypto, distinct, false) },
      repeatedKey: {
        oneAtATime: await rate(webcrypto, repeated, true),
        batch: await rate(webcrypto, repeated, false),
        rawVerifyKeyImportedOnce: await rawVerifyKeyImportedOnce(repeated),
      },
    },
    tweetnacl: {
      n: tweetnaclChecks,
      distinctKeys: { batch: await rate(tweetnacl, distinct.slice(0, tweetnaclChecks), false) },
      repeatedKey: { batch: await rate(tweetnacl, repeated.slice(0, tweetnaclChecks), false) },
    },
    precheckOnly: { n: webcryptoChecks, perSecond: precheckRate(distinct) },
  };
}
