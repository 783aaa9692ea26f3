import nacl from "tweetnacl";
import { toBase64url } from "../encoding/base64url.js";
import type { MemberKey } from "../records/ids.js";
import type { Signer } from "../records/record.js";

/**
 * A Signer over tweetnacl from a 32-byte ed25519 seed (RFC 8032 §5.1.5 secret key).
 * Pure JS and available everywhere; slow (tens of signatures a second), so bulk
 * simulation uses a WebCrypto signer instead.
 * @throws {TypeError} if the seed is not 32 bytes.
 */
export function naclSignerFromSeed(seed: Uint8Array): Signer {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) throw new TypeError("seed must be 32 bytes");
  const pair = nacl.sign.keyPair.fromSeed(seed);
  return {
    publicKey: toBase64url(pair.publicKey) as MemberKey,
    sign: (message: Uint8Array) => Promise.resolve(nacl.sign.detached(message, pair.secretKey)),
  };
}
