/**
 * Opening seals (PROTOCOL.md PV2.3) with WebCrypto's X25519 where the platform has it. The
 * agreement, the costly part (milliseconds each in JavaScript, tens on a busy machine), runs where
 * the platform runs WebCrypto (a browser: its crypto threads), so a page opening thousands of
 * seals is never held by them; only HSalsa20 and XSalsa20-Poly1305 of 48 bytes run on the caller's
 * thread. It answers as `openSealed` does, seal for seal (the PV2 vectors prove both).
 */
import { hsalsa } from "@noble/ciphers/salsa.js";
import nacl from "tweetnacl";
import { toBase64url } from "../encoding/base64url.js";
import { isSmallOrderBoxKey } from "../profiles/box-key.js";
import { sealNonce } from "./seal-key.js";

/** An opener whose openings resolve later, each the plaintext or undefined (never rejecting). */
export interface AsyncSealOpener {
  readonly publicKey: Uint8Array;
  open(sealed: Uint8Array): Promise<Uint8Array | undefined>;
}

/**
 * "expand 32-byte k" as four little-endian words: NaCl's sigma, the HSalsa20 constant of
 * `crypto_box_beforenm` (hsalsa only reads it and the zero nonce; a typed array cannot be frozen).
 */
const SIGMA = new Uint32Array([0x61707865, 0x3320646e, 0x79622d32, 0x6b206574]);
const ZERO_NONCE = new Uint32Array(4);

/**
 * An opener for the box key pair (K3.5) whose agreements WebCrypto makes, the secret imported as
 * a key that cannot be exported again; undefined where `subtle` (the platform's
 * `crypto.subtle`) is missing (an insecure origin) or has no X25519: the caller falls back to
 * `openSealed`. Never rejects.
 */
export async function webCryptoSealOpener(
  keyPair: { readonly publicKey: Uint8Array; readonly secretKey: Uint8Array },
  subtle: SubtleCrypto | undefined,
): Promise<AsyncSealOpener | undefined> {
  if (subtle === undefined) return undefined;
  let secret: CryptoKey;
  try {
    const jwk = { kty: "OKP", crv: "X25519", d: toBase64url(keyPair.secretKey), x: toBase64url(keyPair.publicKey) };
    secret = await subtle.importKey("jwk", jwk, { name: "X25519" }, false, ["deriveBits"]);
  } catch {
    return undefined;
  }
  const publicKey = keyPair.publicKey;
  return {
    publicKey,
    async open(sealed) {
      // PV2.3, as openSealed: too short, or an ephemeral key of small order, opens to nothing.
      if (sealed.length < 32 + nacl.box.overheadLength) return undefined;
      const ephemeralPublic = sealed.slice(0, 32);
      if (isSmallOrderBoxKey(ephemeralPublic)) return undefined;
      let shared: ArrayBuffer;
      try {
        const ephemeral = await subtle.importKey("raw", ephemeralPublic, { name: "X25519" }, false, []);
        shared = await subtle.deriveBits({ name: "X25519", public: ephemeral }, secret, 256);
      } catch {
        return undefined;
      }
      // NaCl's crypto_box_beforenm: the box key is HSalsa20 of the X25519 shared secret under a zero nonce.
      const key = new Uint32Array(8);
      hsalsa(SIGMA, new Uint32Array(shared), ZERO_NONCE, key);
      const boxKey = new Uint8Array(key.buffer);
      return nacl.secretbox.open(sealed.subarray(32), sealNonce(ephemeralPublic, publicKey), boxKey) ?? undefined;
    },
  };
}
