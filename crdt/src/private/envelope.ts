/**
 * The private envelope (PROTOCOL.md PV4): a signed record's canonical bytes encrypted with
 * XChaCha20-Poly1305 under a scope's epoch key. It names its scope and epoch, never its author:
 * who wrote it is inside, under the signature. It is stored content-addressed, like a record.
 */
import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { fromBase64url, isBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { hashText } from "../encoding/hash.js";
import { utf8 } from "../encoding/utf8.js";
import { canonicalize, isObject } from "../records/canonical.js";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { PrivateError } from "./private-error.js";
import { NONCE_BYTES, SEALED_VERSION, TAG_BYTES, readSealedFrame, type EnvelopeFault } from "./sealed-frame.js";
import type { EpochId, ScopeKey } from "./scope-key.js";

/** Envelope version (PV4.1). */
export const ENVELOPE_VERSION = SEALED_VERSION;
/** Bytes of an envelope's nonce (PV4.1). */
export const ENVELOPE_NONCE_BYTES = NONCE_BYTES;
/** Most bytes of plaintext (a record's canonical UTF-8) one envelope carries (PV4.4). */
export const MAX_PLAINTEXT_BYTES = 65_536;
/** Longest envelope text, in UTF-16 code units (PV4.4): a full envelope is 87,577. */
export const MAX_ENVELOPE_LENGTH = 88_000;
/** The members of an envelope, sorted (PV4.1). */
const MEMBERS = "ciphertext,epoch,nonce,scope,v";

/** An envelope's id: SHA-256 of its text (PV4.2), as a record's (R3). */
export type EnvelopeId = string & { readonly __brand: "EnvelopeId" };

/** An envelope, as its canonical JSON holds it (PV4.1). */
export interface Envelope {
  readonly v: typeof ENVELOPE_VERSION;
  readonly scope: RecordId;
  readonly epoch: EpochId;
  readonly nonce: string;
  readonly ciphertext: string;
}

/** An envelope's text and the id it is stored under. */
export interface SealedEnvelope {
  readonly id: EnvelopeId;
  readonly text: string;
}

/** The associated data of PV4.3: the canonical JSON of the envelope's `epoch`, `scope` and `v`, as UTF-8. */
export function envelopeAad(scope: RecordId, epoch: EpochId): Uint8Array {
  return utf8(canonicalize({ epoch, scope, v: ENVELOPE_VERSION }));
}

/** The id an envelope text is stored under (PV4.2). */
export function envelopeIdOf(text: string): EnvelopeId {
  return hashText(text) as EnvelopeId;
}

/**
 * Seals a signed record into an envelope of `scope` under an epoch's key (PV4.3–PV4.5).
 * @param nonce 24 random bytes, fresh for every envelope (the caller's secure source).
 * @throws {PrivateError} `wrong-scope` if the record's body does not name `scope` (PV5.7), `too-large` (with the limit) if its bytes exceed MAX_PLAINTEXT_BYTES.
 * @throws {TypeError} if the nonce is not 24 bytes.
 */
export function sealEnvelope(record: ParsedRecord, scope: RecordId, scopeKey: ScopeKey, nonce: Uint8Array): SealedEnvelope {
  const body = record.envelope.body;
  if (!isObject(body) || body.scope !== scope) throw new PrivateError("wrong-scope", "the record belongs to another conversation or room");
  const plaintext = utf8(record.text);
  if (plaintext.length > MAX_PLAINTEXT_BYTES) throw new PrivateError("too-large", `a private message holds at most ${MAX_PLAINTEXT_BYTES} bytes; this one has ${plaintext.length}`, MAX_PLAINTEXT_BYTES);
  if (nonce.length !== ENVELOPE_NONCE_BYTES) throw new TypeError(`an envelope's nonce is ${ENVELOPE_NONCE_BYTES} bytes`);
  const ciphertext = xchacha20poly1305(scopeKey.key, nonce, envelopeAad(scope, scopeKey.epoch)).encrypt(plaintext);
  const envelope: Envelope = { v: ENVELOPE_VERSION, scope, epoch: scopeKey.epoch, nonce: toBase64url(nonce), ciphertext: toBase64url(ciphertext) };
  const text = canonicalize(envelope);
  return { id: envelopeIdOf(text), text };
}

/**
 * Reads an envelope text (PV5.1–PV5.3): the envelope, or its fault — `oversized` (with the limit
 * passed) or `damaged` (with why). Never throws.
 */
export function parseEnvelope(text: string): Envelope | EnvelopeFault {
  const frame = readSealedFrame(text, { maxLength: MAX_ENVELOPE_LENGTH, limit: MAX_PLAINTEXT_BYTES, members: MEMBERS });
  if ("state" in frame) return frame;
  if (!isBase64urlOfLength(frame.value.epoch, 32)) return { state: "damaged", detail: "epoch is not 32 bytes" };
  if (frame.ciphertextBytes > MAX_PLAINTEXT_BYTES + TAG_BYTES) return { state: "oversized", limit: MAX_PLAINTEXT_BYTES };
  return frame.value as unknown as Envelope;
}

/**
 * The plaintext of an envelope under its epoch's key (PV5.5), or undefined when the tag fails
 * (the envelope, its scope or epoch was altered, or the key is not its epoch's). Never throws.
 */
export function openEnvelope(envelope: Envelope, key: Uint8Array): Uint8Array | undefined {
  try {
    return xchacha20poly1305(key, fromBase64url(envelope.nonce), envelopeAad(envelope.scope, envelope.epoch)).decrypt(fromBase64url(envelope.ciphertext));
  } catch {
    return undefined;
  }
}
