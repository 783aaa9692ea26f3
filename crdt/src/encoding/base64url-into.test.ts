import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64urlInto, fromBase64urlOfLength, isBase64urlOfLength, toBase64url } from "./base64url.js";

describe("decoding base64url into a buffer", () => {
  it("[R2] gives the bytes the strict decoder gives, for every text it accepts", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 70 }), fc.integer({ min: 0, max: 255 }), (bytes, stale) => {
        const text = toBase64url(bytes);
        expect(isBase64urlOfLength(text, bytes.length)).toBe(true);
        // A buffer that held other bytes before: every byte is written.
        const out = new Uint8Array(bytes.length).fill(stale);
        base64urlInto(text, out);
        expect(out).toEqual(fromBase64urlOfLength(text, bytes.length));
      }),
      { numRuns: 300 },
    );
  });
});
