/**
 * The frame envelopes (PV4.1) and lockboxes (PV8.1) share, read the same way (PV5.1–PV5.2,
 * PV8.4 steps 1–2): a length limit before anything is parsed, canonical JSON of exactly the
 * type's members, version 1, a 32-byte scope, a 24-byte nonce, and a ciphertext longer than its tag.
 */
import { isBase64urlOfLength } from "../encoding/base64url.js";
import { CanonicalError, isObject, parseCanonical, type CanonicalValue } from "../records/canonical.js";

/** Envelope and lockbox version (PV4.1, PV8.1). */
export const SEALED_VERSION = 1;
/** Bytes of their nonce. */
export const NONCE_BYTES = 24;
/** Bytes of the Poly1305 tag at the end of a ciphertext (PV4.3). */
export const TAG_BYTES = 16;

/** Why a stored text is not an envelope or lockbox. */
export type EnvelopeFault = { readonly state: "oversized"; readonly limit: number } | { readonly state: "damaged"; readonly detail: string };

/** A frame read: its members, and its ciphertext's length in bytes. */
export interface SealedFrame {
  readonly value: { readonly [member: string]: CanonicalValue };
  readonly ciphertextBytes: number;
}

/**
 * Reads the shared frame of a text: `oversized` (with `limit`) past `maxLength`, `damaged` (with
 * why) when the frame is not as above. The caller checks its type's other members. Never throws.
 */
export function readSealedFrame(text: string, shape: { readonly maxLength: number; readonly limit: number; readonly members: string }): SealedFrame | EnvelopeFault {
  if (text.length > shape.maxLength) return { state: "oversized", limit: shape.limit };
  let value: unknown;
  try {
    value = parseCanonical(text);
  } catch (error) {
    return { state: "damaged", detail: `not canonical JSON (${error instanceof CanonicalError ? error.reason : String(error)})` };
  }
  if (!isObject(value)) return { state: "damaged", detail: "not an object" };
  const names = Object.keys(value).join(",");
  if (names !== shape.members) return { state: "damaged", detail: `members ${names}, expected ${shape.members}` };
  if (value.v !== SEALED_VERSION) return { state: "damaged", detail: `version ${JSON.stringify(value.v)}` };
  if (!isBase64urlOfLength(value.scope, 32)) return { state: "damaged", detail: "scope is not 32 bytes" };
  if (!isBase64urlOfLength(value.nonce, NONCE_BYTES)) return { state: "damaged", detail: `nonce is not ${NONCE_BYTES} bytes` };
  const ciphertext = value.ciphertext;
  const ciphertextBytes = typeof ciphertext === "string" ? Math.floor((ciphertext.length * 3) / 4) : 0;
  if (!isBase64urlOfLength(ciphertext, ciphertextBytes)) return { state: "damaged", detail: "ciphertext is not base64url" };
  if (ciphertextBytes <= TAG_BYTES) return { state: "damaged", detail: "ciphertext is shorter than its tag" };
  return { value, ciphertextBytes };
}
