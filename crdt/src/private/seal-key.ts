/**
 * Sealing a scope key to a member's box key (PROTOCOL.md PV2): libsodium's sealed box
 * (`crypto_box_seal`), built from `nacl.box`. The sealer makes an ephemeral X25519 key pair for
 * each seal, so a seal names no sender; the nonce is derived from the two public keys, so nothing
 * else travels with it. Anyone with libsodium opens what this seals, and the reverse.
 */
import { blake2b } from "@noble/hashes/blake2.js";
import nacl from "tweetnacl";
import { isSmallOrderBoxKey } from "../profiles/box-key.js";
import { SCOPE_KEY_BYTES } from "./scope-key.js";

/** Bytes of a seal (PV2.1): the ephemeral public key (32), the Poly1305 tag (16), the sealed key (32). */
export const SEALED_KEY_BYTES = 32 + 16 + SCOPE_KEY_BYTES;

/** The nonce of PV2.2: BLAKE2b-192 (unkeyed, RFC 7693) of the ephemeral public key then the recipient's. */
export function sealNonce(ephemeralPublic: Uint8Array, recipientPublic: Uint8Array): Uint8Array {
  const input = new Uint8Array(64);
  input.set(ephemeralPublic);
  input.set(recipientPublic, 32);
  return blake2b(input, { dkLen: nacl.box.nonceLength });
}

/**
 * Seals `plaintext` to a box public key (PV2.1–PV2.2): the ephemeral public key, then
 * `nacl.box` of the plaintext (its 16-byte tag first).
 * @param ephemeralSecret 32 random bytes, fresh for every seal (the caller's secure source).
 * @throws {TypeError} if the box key is not 32 bytes or is of small order (PF1.3): a seal to it would be open to anyone.
 */
export function sealTo(plaintext: Uint8Array, recipientBox: Uint8Array, ephemeralSecret: Uint8Array): Uint8Array {
  if (recipientBox.length !== nacl.box.publicKeyLength || isSmallOrderBoxKey(recipientBox)) throw new TypeError("the box key is not one a key can be sealed to");
  const ephemeral = nacl.box.keyPair.fromSecretKey(ephemeralSecret);
  const boxed = nacl.box(plaintext, sealNonce(ephemeral.publicKey, recipientBox), recipientBox, ephemeral.secretKey);
  const sealed = new Uint8Array(32 + boxed.length);
  sealed.set(ephemeral.publicKey);
  sealed.set(boxed, 32);
  return sealed;
}

/**
 * Who opens seals (PV2.3): the recipient's box key pair, or an opener that keeps the secret
 * elsewhere (a key vault, which opens each seal with this function on its side) and answers as
 * `openSealed` does, never throwing.
 */
export type SealOpener =
  | { readonly publicKey: Uint8Array; readonly secretKey: Uint8Array }
  | { readonly publicKey: Uint8Array; readonly open: (sealed: Uint8Array) => Uint8Array | undefined };

/**
 * Opens a seal with the recipient's box key pair (PV2.3): the plaintext, or undefined when the
 * seal is shorter than 48 bytes, its ephemeral key is of small order, or its tag fails. An opener
 * without the secret is asked instead. Never throws.
 */
export function openSealed(sealed: Uint8Array, recipient: SealOpener): Uint8Array | undefined {
  if ("open" in recipient) return recipient.open(sealed);
  if (sealed.length < 32 + nacl.box.overheadLength) return undefined;
  const ephemeralPublic = sealed.subarray(0, 32);
  if (isSmallOrderBoxKey(ephemeralPublic)) return undefined;
  return nacl.box.open(sealed.subarray(32), sealNonce(ephemeralPublic, recipient.publicKey), ephemeralPublic, recipient.secretKey) ?? undefined;
}

/**
 * Seals a scope key to a box public key (PV2): 80 bytes.
 * @throws {TypeError} if the key is not 32 bytes, or what `sealTo` throws.
 */
export function sealKey(key: Uint8Array, recipientBox: Uint8Array, ephemeralSecret: Uint8Array): Uint8Array {
  if (key.length !== SCOPE_KEY_BYTES) throw new TypeError(`a scope key is ${SCOPE_KEY_BYTES} bytes`);
  return sealTo(key, recipientBox, ephemeralSecret);
}

/** Opens a sealed scope key (PV2.3): the key, or undefined when the seal is not 80 bytes or does not open. Never throws. */
export function openSealedKey(sealed: Uint8Array, recipient: SealOpener): Uint8Array | undefined {
  return sealed.length === SEALED_KEY_BYTES ? openSealed(sealed, recipient) : undefined;
}
