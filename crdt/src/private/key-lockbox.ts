/**
 * The key lockbox (PROTOCOL.md PV8): how a `scope-key` record is stored where others can see it.
 * The record names the members it seals to, so it travels encrypted under the very key it
 * carries, beside its seals with no names: a member finds the seal that opens with their box key,
 * and with that key reads the signed record that says which epoch it is and who else holds it.
 * The relay sees the scope, how many seals, and ciphertext.
 */
import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { fromBase64url, isBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { hashText } from "../encoding/hash.js";
import { utf8 } from "../encoding/utf8.js";
import { canonicalize } from "../records/canonical.js";
import type { RecordId } from "../records/ids.js";
import { MAX_RECORD_LENGTH, type ParsedRecord } from "../records/record.js";
import { NONCE_BYTES, SEALED_VERSION, readSealedFrame, type EnvelopeFault } from "./sealed-frame.js";
import { plaintextRecord } from "./plaintext-record.js";
import { MAX_SEALED_MEMBERS, parseScopeKeyBody } from "./scope-key-body.js";
import { epochOf, type EpochId, type ScopeKey } from "./scope-key.js";
import { SEALED_KEY_BYTES, openSealedKey, type SealOpener } from "./seal-key.js";

/** Longest lockbox text, in UTF-16 code units (PV8.5): 1,000 seals and a record of R8's size fit. */
export const MAX_LOCKBOX_LENGTH = 480_000;
/** The members of a lockbox, sorted (PV8.1). */
const MEMBERS = "ciphertext,nonce,scope,seals,v";

/** A lockbox, as its canonical JSON holds it (PV8.1). */
export interface Lockbox {
  readonly v: typeof SEALED_VERSION;
  readonly scope: RecordId;
  /** The record's seals, sorted, with no member named. */
  readonly seals: readonly string[];
  readonly nonce: string;
  readonly ciphertext: string;
}

/** The associated data of PV8.2: the canonical JSON of the lockbox's `scope` and `v`, as UTF-8. */
function lockboxAad(scope: RecordId): Uint8Array {
  return utf8(canonicalize({ scope, v: SEALED_VERSION }));
}

/** A `scope-key` record's seals, sorted (PV8.1). */
function sealsOf(record: ParsedRecord): string[] | undefined {
  const parsed = parseScopeKeyBody(record.envelope.body);
  return parsed.ok ? Object.values(parsed.body.sealed).sort() : undefined;
}

/**
 * Puts a signed `scope-key` record of `scope` in a lockbox under its own epoch's key (PV8.1–PV8.3).
 * @param nonce 24 random bytes, fresh for every lockbox.
 * @throws {TypeError} if the record is not a well-formed `scope-key` of this scope and epoch, or the nonce is not 24 bytes.
 */
export function sealLockbox(record: ParsedRecord, scope: RecordId, scopeKey: ScopeKey, nonce: Uint8Array): { readonly id: string; readonly text: string } {
  const seals = record.envelope.kind === "scope-key" ? sealsOf(record) : undefined;
  const body = record.envelope.body as { scope?: unknown; epoch?: unknown };
  if (seals === undefined || body.scope !== scope || body.epoch !== scopeKey.epoch) throw new TypeError("only a scope-key record of this scope and epoch goes in its lockbox");
  if (nonce.length !== NONCE_BYTES) throw new TypeError(`a lockbox's nonce is ${NONCE_BYTES} bytes`);
  const ciphertext = xchacha20poly1305(scopeKey.key, nonce, lockboxAad(scope)).encrypt(utf8(record.text));
  const text = canonicalize({ v: SEALED_VERSION, scope, seals, nonce: toBase64url(nonce), ciphertext: toBase64url(ciphertext) });
  return { id: hashText(text), text };
}

/** Reads a lockbox text (PV8.5): the lockbox, or its fault. Never throws. */
export function parseLockbox(text: string): Lockbox | EnvelopeFault {
  const frame = readSealedFrame(text, { maxLength: MAX_LOCKBOX_LENGTH, limit: MAX_RECORD_LENGTH, members: MEMBERS });
  if ("state" in frame) return frame;
  const seals = frame.value.seals;
  if (!Array.isArray(seals) || seals.length < 1 || seals.length > MAX_SEALED_MEMBERS) return { state: "damaged", detail: `seals is not a list of 1 to ${MAX_SEALED_MEMBERS}` };
  for (let i = 0; i < seals.length; i++) {
    if (!isBase64urlOfLength(seals[i], SEALED_KEY_BYTES)) return { state: "damaged", detail: `seals[${i}] is not ${SEALED_KEY_BYTES} bytes` };
    if (i > 0 && !((seals[i - 1] as string) < (seals[i] as string))) return { state: "damaged", detail: "seals are not sorted ascending without repeats" };
  }
  return frame.value as unknown as Lockbox;
}

/** What a reader makes of one lockbox (PV8.4), before the record's signature is checked. */
export type LockboxOpening =
  | { readonly state: "opened"; readonly epoch: EpochId; readonly epochKey: Uint8Array; readonly record: ParsedRecord }
  | { readonly state: "unreadable" }
  | { readonly state: "damaged"; readonly detail: string }
  | { readonly state: "invalid"; readonly epoch: EpochId; readonly detail: string };

/** The plaintext of a lockbox under `key`, or undefined when the tag fails. Never throws. */
function decryptLockbox(lockbox: Lockbox, key: Uint8Array): Uint8Array | undefined {
  try {
    return xchacha20poly1305(key, fromBase64url(lockbox.nonce), lockboxAad(lockbox.scope)).decrypt(fromBase64url(lockbox.ciphertext));
  } catch {
    return undefined;
  }
}

/** PV8.4 step 6 for the plaintext a key gave. */
function judgePlaintext(lockbox: Lockbox, key: Uint8Array, plaintext: Uint8Array): LockboxOpening {
  const epoch = epochOf(key);
  const record = plaintextRecord(plaintext);
  if ("problem" in record) return { state: "invalid", epoch, detail: record.problem };
  if (record.envelope.kind !== "scope-key") return { state: "invalid", epoch, detail: `a ${record.envelope.kind} record is not a key record` };
  const seals = sealsOf(record);
  if (seals === undefined) return { state: "invalid", epoch, detail: "its key record is malformed" };
  if ((record.envelope.body as { epoch: string }).epoch !== epoch) return { state: "invalid", epoch, detail: "its key record names another epoch than its key's" };
  if (seals.join(",") !== lockbox.seals.join(",")) return { state: "invalid", epoch, detail: "its seals are not its key record's" };
  return { state: "opened", epoch, epochKey: key, record };
}

/**
 * Opens a lockbox (PV8.4 steps 4–6): the first seal (in the lockbox's order) that opens with the
 * reader's box key pair gives the key, which must decrypt it; when none opens, the first of
 * `learned` (epoch keys the reader took from the scope's other lockboxes, in epoch order) that
 * decrypts it. The record must be a `scope-key` of that key's epoch carrying exactly the
 * lockbox's seals. Never throws.
 */
export function openLockbox(lockbox: Lockbox, box: SealOpener, learned: ReadonlyMap<EpochId, Uint8Array> = new Map()): LockboxOpening {
  for (const seal of lockbox.seals) {
    const key = openSealedKey(fromBase64url(seal), box);
    if (key === undefined) continue;
    const plaintext = decryptLockbox(lockbox, key);
    return plaintext === undefined ? { state: "damaged", detail: "it does not decrypt: its authentication tag fails" } : judgePlaintext(lockbox, key, plaintext);
  }
  for (const epoch of [...learned.keys()].sort()) {
    const key = learned.get(epoch)!;
    const plaintext = decryptLockbox(lockbox, key);
    if (plaintext !== undefined) return judgePlaintext(lockbox, key, plaintext);
  }
  return { state: "unreadable" };
}
