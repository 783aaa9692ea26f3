import { fromBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import type { MemberKey } from "../records/ids.js";
import type { Signer } from "../records/record.js";
import { bytesForWebCrypto } from "./bytes-for-webcrypto.js";

const ED25519: Readonly<Algorithm> = Object.freeze({ name: "Ed25519" });

/**
 * DER prefix of an Ed25519 PKCS#8 private key (RFC 8410 §7): SEQUENCE { version 0,
 * AlgorithmIdentifier { 1.3.101.112 }, OCTET STRING { OCTET STRING (32 bytes) } }, followed by the
 * 32-byte seed.
 */
const PKCS8_ED25519_PREFIX: readonly number[] = Object.freeze([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

/**
 * A fast Signer over WebCrypto from a 32-byte ed25519 seed (RFC 8032 §5.1.5 secret key), for bulk
 * simulation. Ed25519 signing is deterministic, so its signatures are byte-identical to
 * `naclSignerFromSeed` for the same seed. The secret stays in a non-extractable CryptoKey.
 * @throws {TypeError} (as a rejected promise) if the seed is not 32 bytes.
 * @throws {DOMException} (as a rejected promise) if `subtle` does not support Ed25519.
 */
export async function webCryptoSignerFromSeed(seed: Uint8Array, subtle: SubtleCrypto): Promise<Signer> {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) throw new TypeError("seed must be 32 bytes");
  const pkcs8 = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32);
  pkcs8.set(PKCS8_ED25519_PREFIX);
  pkcs8.set(seed, PKCS8_ED25519_PREFIX.length);
  try {
    // Import once extractable to read the public key (JWK `x`), then keep a non-extractable key.
    const readable = await subtle.importKey("pkcs8", pkcs8, ED25519, true, ["sign"]);
    const jwk = await subtle.exportKey("jwk", readable);
    const publicKey = toBase64url(fromBase64urlOfLength(jwk.x ?? "", 32)) as MemberKey;
    const privateKey = await subtle.importKey("pkcs8", pkcs8, ED25519, false, ["sign"]);
    return {
      publicKey,
      sign: async (message: Uint8Array) =>
        new Uint8Array(await subtle.sign(ED25519, privateKey, bytesForWebCrypto(message))),
    };
  } finally {
    pkcs8.fill(0);
  }
}
