/**
 * Test signers. `naclSigner` makes real ed25519 signatures (slow: tens a second), so named tests
 * keep histories small. `fakeSigner` signs with 64 zero bytes: the membership fold never checks
 * signatures (the chokepoint does, before it), so property and load tests use it for speed.
 */
import { fromBase64url, toBase64url } from "../../encoding/base64url.js";
import { hashText } from "../../encoding/hash.js";
import type { MemberKey } from "../../records/ids.js";
import { naclSignerFromSeed } from "../../verify/nacl-signer.js";
import type { Signer } from "../../records/record.js";

/** A real tweetnacl signer whose seed is SHA-256 of `name`. Never throws. */
export function naclSigner(name: string): Signer {
  return naclSignerFromSeed(fromBase64url(hashText(`membership-test:${name}`)));
}

/** A signer with any public key that "signs" with zero bytes (the fold does not check). Never throws. */
export function fakeSignerWithKey(publicKey: MemberKey): Signer {
  return { publicKey, sign: () => Promise.resolve(new Uint8Array(64)) };
}

/** A fake signer whose key is SHA-256 of `name` (never a small-order encoding in practice). Never throws. */
export function fakeSigner(name: string): Signer {
  return fakeSignerWithKey(hashText(`fake:${name}`) as MemberKey);
}

/** A fake signer for one of the small-order encodings, given as 32 bytes. Never throws. */
export function smallOrderSigner(bytes: Uint8Array): Signer {
  return fakeSignerWithKey(toBase64url(bytes) as MemberKey);
}
