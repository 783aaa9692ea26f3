import fc from "fast-check";
import nacl from "tweetnacl";
import { describe, expect, it } from "vitest";
import { openSealed, openSealedKey, sealTo } from "./seal-key.js";
import { webCryptoSealOpener } from "./webcrypto-seal-opener.js";
import { SEALS, hex, toHex } from "../../test/helpers/private-vectors.js";

const recipient = (name: string) => {
  const found = SEALS.cases.find((c) => c.recipient === name)!;
  return { publicKey: hex(found.recipientPublic), secretKey: hex(found.recipientSecret) };
};

const opener = async (name: string) => {
  const opened = await webCryptoSealOpener(recipient(name), crypto.subtle);
  if (opened === undefined) throw new Error("this platform's WebCrypto has no X25519");
  return opened;
};

describe("opening seals with WebCrypto's X25519", () => {
  it("[PV2.3] opens each vector's seal to its key, as nacl.box.open does", async () => {
    for (const c of SEALS.cases) {
      const opened = await (await opener(c.recipient)).open(hex(c.sealed));
      expect(toHex(opened!)).toBe(c.key);
    }
  });

  it("[PV2.3] a seal with a flipped byte, a short seal, a small-order ephemeral key or another recipient's seal opens to nothing, never a rejection", async () => {
    expect(SEALS.refusals).toHaveLength(4);
    for (const refusal of SEALS.refusals) await expect((await opener(refusal.recipient)).open(hex(refusal.sealed)), refusal.name).resolves.toBeUndefined();
  });

  it("[PV2.3] any plaintext sealed to any box key opens to what openSealed gives, and a seal changed anywhere opens to nothing in both", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 200 }), fc.nat(), async (secret, ephemeral, plaintext, at) => {
        const pair = nacl.box.keyPair.fromSecretKey(secret);
        const sealed = sealTo(plaintext, pair.publicKey, ephemeral);
        const webCrypto = (await webCryptoSealOpener(pair, crypto.subtle))!;
        expect(toHex((await webCrypto.open(sealed))!)).toBe(toHex(openSealed(sealed, pair)!));
        const changed = sealed.slice();
        changed[at % changed.length]! ^= 1;
        expect(await webCrypto.open(changed)).toBe(openSealed(changed, pair));
      }),
      { numRuns: 20 },
    );
  });

  it("[PV2.3] without WebCrypto (an insecure origin) or without its X25519 there is no such opener, so the caller opens with openSealed", async () => {
    const noX25519 = { importKey: () => Promise.reject(new DOMException("Unrecognized name.", "NotSupportedError")) } as unknown as SubtleCrypto;
    expect(await webCryptoSealOpener(recipient("alice"), undefined)).toBeUndefined();
    expect(await webCryptoSealOpener(recipient("alice"), noX25519)).toBeUndefined();
    const c = SEALS.cases[0]!;
    expect(toHex(openSealedKey(hex(c.sealed), recipient("alice"))!)).toBe(c.key);
  });
});
