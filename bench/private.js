// Benchmark of private content (docs/PROTOCOL.md PV) in Node, through the built package.
// `run()` returns messages per second:
// - encryptAndSign: sign a `message` record (WebCrypto signer) and seal it in an envelope (PV4);
// - verifyAndDecrypt: read those envelopes (PV5: decrypt, parse, one signature batch) with the
//   WebCrypto verifier, and with tweetnacl (what an insecure origin such as a phone on
//   http://LAN-address uses, PROTOCOL.md S) over fewer messages.
import { signDraft } from "@chapterhouse/crdt/kinds";
import { newScopeKey, readEnvelopes, sealEnvelope } from "@chapterhouse/crdt/private";
import { tweetnaclVerifier, webCryptoSignerFromSeed, webCryptoVerifier } from "@chapterhouse/crdt/verify";

const subtle = globalThis.crypto.subtle;
const random = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));
const TEXT = "The assembly moves to the library on Thursday at seven; bring the minutes of the last one and the treasurer's report. ".repeat(2);

/** `n` messages signed and sealed, and the seconds it took. */
async function sealMessages(n, scope, scopeKey) {
  const signer = await webCryptoSignerFromSeed(new Uint8Array(32).fill(0x5c), subtle);
  const envelopes = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const record = await signDraft(signer, { kind: "message", body: { scope, text: `${i}: ${TEXT}` }, deps: [] }, 1_780_000_000_000 + i);
    const { id, text } = sealEnvelope(record, scope, scopeKey, random(24));
    envelopes.push({ key: id, text });
  }
  return { envelopes, seconds: (performance.now() - start) / 1000 };
}

/** Messages per second reading `envelopes` with `verifier`; throws unless every one is readable. */
async function readRate(envelopes, scope, scopeKey, verifier) {
  const start = performance.now();
  const readings = await readEnvelopes({ scope, envelopes, keys: new Map([[scopeKey.epoch, scopeKey.key]]), verifier, judge: () => undefined });
  const seconds = (performance.now() - start) / 1000;
  if (readings.length !== envelopes.length || readings.some((r) => r.state !== "readable")) throw new Error("an envelope did not read");
  return Math.round(envelopes.length / seconds);
}

export async function run({ messages = 2000, tweetnaclMessages = 200 } = {}) {
  const scope = "c".repeat(42) + "A";
  const scopeKey = newScopeKey(random);
  const { envelopes, seconds } = await sealMessages(messages, scope, scopeKey);
  return {
    benchmark: "private",
    messages,
    envelopeBytes: new TextEncoder().encode(envelopes[0].text).length,
    encryptAndSignPerSecond: Math.round(messages / seconds),
    verifyAndDecryptPerSecond: { webcrypto: await readRate(envelopes, scope, scopeKey, webCryptoVerifier(subtle)), tweetnacl: await readRate(envelopes.slice(0, tweetnaclMessages), scope, scopeKey, tweetnaclVerifier()) },
  };
}
