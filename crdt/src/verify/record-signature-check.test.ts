import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64url } from "../encoding/base64url.js";
import { signRecord, signingBytesOf, type ParsedRecord } from "../records/record.js";
import { naclSignerFromSeed } from "./nacl-signer.js";
import { packChecks, unpackChecks } from "./packed-checks.js";
import { RecordSignatureCheck, recordSignatureCheck } from "./record-signature-check.js";
import { tweetnaclVerifier } from "./tweetnacl-verifier.js";
import type { SignatureCheck } from "./verifier.js";

const alice = naclSignerFromSeed(new Uint8Array(32).fill(1));
const bob = naclSignerFromSeed(new Uint8Array(32).fill(2));

/** The check as the chokepoint built it before issue 15: every part decoded at once. */
const decoded = (record: ParsedRecord): SignatureCheck => ({
  publicKey: fromBase64url(record.envelope.signer),
  message: signingBytesOf(record),
  signature: fromBase64url(record.envelope.sig),
});

const plain = (check: SignatureCheck): number[][] => [check.publicKey, check.message, check.signature].map((bytes) => [...bytes]);

/** Bodies with text beyond ASCII (two-, three- and four-byte UTF-8) and sig-like members. */
const body = fc.dictionary(
  fc.constantFrom("text", "sig", "\u00e9", ",\"sig\":\""),
  fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.integer(), fc.constant("日本語 🗳️")),
);
const records = fc.array(fc.tuple(body, fc.boolean()), { minLength: 1, maxLength: 8 });
const sign = (items: [Record<string, unknown>, boolean][]): Promise<ParsedRecord[]> =>
  Promise.all(items.map(([content, byAlice], at) => signRecord(byAlice ? alice : bob, { kind: "comment", body: content as never, at })));

describe("a record's signature check", () => {
  it("[R5] [S10] reads the key, the signed bytes and the signature that decoding the envelope gives", async () => {
    await fc.assert(
      fc.asyncProperty(records, async (items) => {
        for (const record of await sign(items)) {
          const check = recordSignatureCheck(record);
          expect(check).toBeInstanceOf(RecordSignatureCheck);
          expect(plain(check)).toEqual(plain(decoded(record)));
        }
      }),
      { numRuns: 30 },
    );
  });

  it("[S10] packs to the same bytes as its decoded parts, also mixed with other checks and beyond ASCII", async () => {
    await fc.assert(
      fc.asyncProperty(records, fc.array(fc.nat(2), { maxLength: 8 }), async (items, kinds) => {
        const signed = await sign(items);
        // Each record as its RecordSignatureCheck (0), its decoded parts (1), or a check S2 refuses (2).
        const pick = (record: ParsedRecord, i: number): [SignatureCheck, SignatureCheck] => {
          const kind = kinds[i % Math.max(kinds.length, 1)] ?? 0;
          if (kind === 2) return [{ ...decoded(record), signature: new Uint8Array(63) }, { ...decoded(record), signature: new Uint8Array(63) }];
          return [kind === 0 ? recordSignatureCheck(record) : decoded(record), decoded(record)];
        };
        const pairs = signed.map(pick);
        const fast = packChecks(pairs.map(([check]) => check));
        const reference = packChecks(pairs.map(([, check]) => check));
        expect(fast.count).toBe(reference.count);
        expect([...fast.places]).toEqual([...reference.places]);
        expect(fast.bytes.buffer.byteLength).toBe(fast.bytes.length); // alone in its buffer, to be transferred
        expect([...fast.bytes]).toEqual([...reference.bytes]);
      }),
      { numRuns: 40 },
    );
  });

  it("[S6] [S10] a pack of records' checks verifies, and one whose text was changed after signing does not", async () => {
    const signed = await sign([[{ text: "naïve café ✓ 🗳️" }, true], [{ text: "plain" }, false]]);
    const forged: ParsedRecord = { ...signed[1]!, text: signed[1]!.text.replace("plain", "plaim") };
    const back = unpackChecks(packChecks([...signed, forged].map(recordSignatureCheck)).bytes);
    expect(await tweetnaclVerifier().verifyBatch(back)).toEqual([true, true, false]);
  });

  it("[D3.6] throws where decoding the envelope throws, and keeps a key of another length as decoded bytes", async () => {
    const [record] = await sign([[{ text: "x" }, true]]);
    const badSig: ParsedRecord = { ...record!, envelope: { ...record!.envelope, sig: "!".repeat(86) } };
    expect(() => decoded(badSig)).toThrow(TypeError);
    expect(() => recordSignatureCheck(badSig)).toThrow(TypeError);
    const shortKey: ParsedRecord = { ...record!, envelope: { ...record!.envelope, signer: record!.envelope.signer.slice(0, 40) as never } };
    const check = recordSignatureCheck(shortKey);
    expect(check).not.toBeInstanceOf(RecordSignatureCheck);
    expect(plain(check)).toEqual(plain(decoded(shortKey)));
    expect(packChecks([check]).places[0]).toBe(-1); // S2: not a key, so false
  });
});
