import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { describe, expect, it } from "vitest";
import { epochOf } from "./scope-key.js";
import { openSealedKey, sealKey } from "./seal-key.js";
import { ENVELOPES, SEALS, XCHACHA, hex, toHex } from "../../test/helpers/private-vectors.js";

const recipient = (name: string) => {
  const found = SEALS.cases.find((c) => c.recipient === name)!;
  return { publicKey: hex(found.recipientPublic), secretKey: hex(found.recipientSecret) };
};

describe("the ciphers under private content", () => {
  it("[PV4.3] @noble/ciphers' XChaCha20-Poly1305 gives draft-irtf-cfrg-xchacha §A.3.1's ciphertext and tag, and opens them", () => {
    const cipher = xchacha20poly1305(hex(XCHACHA.key), hex(XCHACHA.nonce), hex(XCHACHA.aad));
    const sealed = cipher.encrypt(hex(XCHACHA.plaintext));
    expect(toHex(sealed)).toBe(XCHACHA.ciphertext + XCHACHA.tag);
    expect(toHex(xchacha20poly1305(hex(XCHACHA.key), hex(XCHACHA.nonce), hex(XCHACHA.aad)).decrypt(sealed))).toBe(XCHACHA.plaintext);
  });

  it("[PV1.2] an epoch is SHA-256 of `chapterhouse-epoch\\n` and its key, as the vectors say", () => {
    for (const envelope of ENVELOPES.envelopes) expect(epochOf(hex(envelope.key))).toBe(envelope.epoch);
    expect(() => epochOf(new Uint8Array(31))).toThrow(TypeError);
  });

  it("[PV2.1] [PV2.2] a key sealed with a known ephemeral key gives the vector's 80 bytes (which libsodium's crypto_box_seal_open opens)", () => {
    for (const c of SEALS.cases) {
      const sealed = sealKey(hex(c.key), hex(c.recipientPublic), hex(c.ephemeralSecret));
      expect(toHex(sealed)).toBe(c.sealed);
      expect(toHex(sealed.subarray(0, 32))).toBe(c.ephemeralPublic);
      expect(toHex(openSealedKey(sealed, recipient(c.recipient))!)).toBe(c.key);
    }
  });

  it("[PV2.3] a seal with a flipped byte, a short seal, a small-order ephemeral key or another recipient's seal opens to nothing", () => {
    expect(SEALS.refusals).toHaveLength(4);
    for (const refusal of SEALS.refusals) expect(openSealedKey(hex(refusal.sealed), recipient(refusal.recipient)), refusal.name).toBeUndefined();
  });

  it("[PV2.1] a key is never sealed to a box key of small order, nor is a wrong-length key sealed", () => {
    const c = SEALS.cases[0]!;
    expect(() => sealKey(hex(c.key), new Uint8Array(32), hex(c.ephemeralSecret))).toThrow(/sealed to/);
    expect(() => sealKey(new Uint8Array(16), hex(c.recipientPublic), hex(c.ephemeralSecret))).toThrow(/32 bytes/);
  });
});
