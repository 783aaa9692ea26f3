import { describe, expect, it } from "vitest";
import { fromBase64url, fromBase64urlOfLength, isBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { canonicalize } from "./canonical.js";
import { hashText } from "../encoding/hash.js";
import type { RecordId } from "./ids.js";
import { naclSignerFromSeed } from "../verify/nacl-signer.js";
import { isParsed, parseRecord, signRecord, signingBytes, signingBytesOf, MAX_RECORD_LENGTH } from "./record.js";
import fc from "fast-check";
import { tweetnaclVerifier } from "../verify/tweetnacl-verifier.js";

const alice = naclSignerFromSeed(new Uint8Array(32).fill(1));

describe("the record envelope", () => {
  it("[R3] [R5] a signed record parses back, its id is the hash of its full text, and its signature covers the envelope without sig", async () => {
    const record = await signRecord(alice, { kind: "comment", body: { text: "Sundays work for me" }, at: 1_700_000_000_000 });
    const parsed = parseRecord(record.text);
    expect(isParsed(parsed) && parsed.id).toBe(hashText(record.text));
    const { sig, ...unsigned } = record.envelope;
    const [valid] = await tweetnaclVerifier().verifyBatch([
      { publicKey: fromBase64url(alice.publicKey), message: signingBytes(unsigned), signature: fromBase64url(sig) },
    ]);
    expect(valid).toBe(true);
  });

  it("[R7] deps are written sorted and unique, and a record with unsorted deps is malformed", async () => {
    const b = ("B".repeat(42) + "A") as RecordId;
    const a = "A".repeat(43) as RecordId;
    const record = await signRecord(alice, { kind: "comment", body: {}, at: 1, deps: [b, a, b] });
    expect(record.envelope.deps).toEqual([a, b]);
    const swapped = canonicalize({ ...record.envelope, deps: [b, a] });
    expect(parseRecord(swapped)).toMatchObject({ reason: "malformed", detail: "deps are not sorted and unique" });
  });

  it("[R4] extra members, another version, a bad kind or a short key make a record malformed, never a throw", async () => {
    const { envelope } = await signRecord(alice, { kind: "comment", body: {}, at: 1 });
    const variants = [
      { ...envelope, extra: 1 },
      { ...envelope, v: 2 },
      { ...envelope, kind: "Comment" },
      { ...envelope, signer: toBase64url(new Uint8Array(31)) },
      { ...envelope, sig: toBase64url(new Uint8Array(63)) },
      { ...envelope, at: -1 },
    ];
    for (const variant of variants) expect(parseRecord(canonicalize(variant))).toMatchObject({ reason: "malformed" });
    expect(parseRecord(canonicalize([1, 2]))).toMatchObject({ reason: "malformed" });
  });

  it("[R1.5] [R8] non-canonical and oversized texts are refused with their reason", async () => {
    const { text } = await signRecord(alice, { kind: "comment", body: {}, at: 1 });
    expect(parseRecord(text.replace(",", ", "))).toMatchObject({ reason: "non-canonical" });
    expect(parseRecord("x".repeat(MAX_RECORD_LENGTH + 1))).toEqual({ reason: "too-large" });
  });

  it("[R2] base64url decoding is strict: padding, foreign characters and non-zero trailing bits are refused", () => {
    expect(toBase64url(new Uint8Array([0xfb, 0xff]))).toBe("-_8");
    expect(() => fromBase64url("-_8=")).toThrow(TypeError);
    expect(() => fromBase64url("-_9")).toThrow(/trailing/);
    expect(() => fromBase64url("+/8")).toThrow(TypeError);
    expect(() => fromBase64url("A")).toThrow(/length/);
  });
});

describe("strict key text", () => {
  it("[R2] isBase64urlOfLength agrees with strict decoding on every length and on damaged text", () => {
    const strict = (text: string, length: number) => {
      try {
        fromBase64urlOfLength(text, length);
        return true;
      } catch {
        return false;
      }
    };
    for (let length = 0; length < 70; length++) {
      const good = toBase64url(Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff));
      const variants = [good, good + "A", good.slice(0, -1), good.slice(0, -1) + "B", good.slice(0, -1) + "/", good + "="];
      for (const text of variants) expect(isBase64urlOfLength(text, length)).toBe(strict(text, length));
    }
  });
});

describe("signing bytes cut from the text", () => {
  it("[R5] signingBytesOf a parsed record equals encoding its envelope without sig, even with sig-like members in the body", async () => {
    const body = fc.dictionary(
      fc.constantFrom("sig", "signer", "v", "a", "\u00e9", ",\"sig\":\""),
      fc.oneof(fc.string(), fc.integer(), fc.constant({ sig: "A".repeat(86) })),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom("comment", "ballot"), async (content, kind) => {
        const record = await signRecord(alice, { kind, body: content, at: 5 });
        expect([...signingBytesOf(record)]).toEqual([...signingBytes(record.envelope)]);
      }),
      { numRuns: 40 },
    );
  });
});
