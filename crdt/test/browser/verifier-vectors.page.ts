/**
 * Page entry for verifier-vectors.browser.test.ts, bundled by runInChromium: runs the vectors it
 * is given through every backend available in this page and reports the verdicts.
 */
import { createVerifier, tweetnaclVerifier, webCryptoVerifier } from "../../src/verify/index.js";
import { checkOf, type VectorCase } from "../helpers/ed25519-vector-case.js";

/** What the test hands the page. */
export interface VerifierPageInput {
  readonly cases: readonly VectorCase[];
}

/** What the page reports back. */
export interface VerifierPageResult {
  readonly isSecureContext: boolean;
  readonly hasSubtle: boolean;
  /** Backend createVerifier() picks from this page's own environment. */
  readonly picked: string;
  /** Backend createVerifier picks when told crypto.subtle is absent. */
  readonly pickedWithoutSubtle: string;
  /** Verdicts per case; null when this page has no crypto.subtle. */
  readonly webcrypto: boolean[] | null;
  readonly tweetnacl: boolean[];
  /** Verdicts of the verifier createVerifier() picked. */
  readonly viaCreateVerifier: boolean[];
  /** WebCrypto checks per second over the valid cases, one batch; null without crypto.subtle. */
  readonly webcryptoPerSecond: number | null;
  readonly userAgent: string;
}

async function main(): Promise<VerifierPageResult> {
  const { cases } = (globalThis as unknown as { __input: VerifierPageInput }).__input;
  const checks = cases.map(checkOf);
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  const picked = await createVerifier();
  let webcryptoPerSecond: number | null = null;
  if (subtle) {
    const valid = checks.filter((_, i) => cases[i]!.expected);
    const many = Array.from({ length: 40 }, () => valid).flat();
    const start = performance.now();
    await webCryptoVerifier(subtle).verifyBatch(many);
    webcryptoPerSecond = Math.round(many.length / ((performance.now() - start) / 1000));
  }
  return {
    isSecureContext: globalThis.isSecureContext,
    hasSubtle: subtle !== undefined,
    picked: picked.backend,
    pickedWithoutSubtle: (await createVerifier({ subtle: undefined })).backend,
    webcrypto: subtle ? await webCryptoVerifier(subtle).verifyBatch(checks) : null,
    tweetnacl: await tweetnaclVerifier().verifyBatch(checks),
    viaCreateVerifier: await picked.verifyBatch(checks),
    webcryptoPerSecond,
    userAgent: navigator.userAgent,
  };
}

main().then(
  (result) => {
    (globalThis as { __result?: unknown }).__result = result;
  },
  (error: unknown) => {
    throw error; // surfaces as a page error in runInChromium
  },
);
