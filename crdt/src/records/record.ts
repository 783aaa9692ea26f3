/**
 * The signed record envelope (PROTOCOL.md R4–R8):
 * `{ v, kind, body, signer, at, deps, sig }`, serialised as canonical JSON.
 * The signature covers the canonical JSON of the envelope without `sig` (R5);
 * the record id is SHA-256 of the full canonical text including `sig` (R3).
 */
import { CanonicalError, canonicalize, isObject, parseCanonical, type CanonicalValue } from "./canonical.js";
import { isBase64urlOfLength, toBase64url } from "../encoding/base64url.js";
import { hashText } from "../encoding/hash.js";
import type { MemberKey, RecordId } from "./ids.js";
import { utf8 } from "../encoding/utf8.js";

/** Envelope version this code writes and reads (R4). */
export const RECORD_VERSION = 1;
/** Largest record accepted, in UTF-16 code units of its canonical text (R8). */
export const MAX_RECORD_LENGTH = 256 * 1024;
/** Most `deps` one record may cite (R7). */
export const MAX_DEPS = 64;

const KIND = /^[a-z][a-z0-9-]{0,31}$/;
/** The envelope's members, sorted (R4). */
const ENVELOPE_MEMBERS = "at,body,deps,kind,sig,signer,v";

/** A record's envelope before it is signed. */
export interface UnsignedEnvelope {
  readonly v: typeof RECORD_VERSION;
  readonly kind: string;
  readonly body: CanonicalValue;
  readonly signer: MemberKey;
  /** Claimed time, integer ms since the Unix epoch, UTC. Display only (R6). */
  readonly at: number;
  /** Ids of the records the signer had seen, sorted ascending, no repeats (R7). */
  readonly deps: readonly RecordId[];
}

/** A complete envelope. */
export interface Envelope extends UnsignedEnvelope {
  readonly sig: string;
}

/** A record whose bytes are canonical and whose id matches them; signature not yet checked. */
export interface ParsedRecord {
  readonly id: RecordId;
  /** The canonical JSON text, exactly as stored in documents. */
  readonly text: string;
  readonly envelope: Envelope;
}

/** Something that can sign bytes with one ed25519 key. */
export interface Signer {
  readonly publicKey: MemberKey;
  /** Returns the 64-byte detached ed25519 signature of `message`. */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/** Why a record text was refused by `parseRecord`. */
export type ParseFailure =
  | { readonly reason: "too-large" }
  | { readonly reason: "non-canonical"; readonly detail: string }
  | { readonly reason: "malformed"; readonly detail: string };

/** The bytes a signer signs for an envelope (R5). */
export function signingBytes(envelope: UnsignedEnvelope): Uint8Array {
  const { v, kind, body, signer, at, deps } = envelope;
  return utf8(canonicalize({ v, kind, body, signer, at, deps }));
}

/**
 * The bytes a parsed record's signer signed (R5), cut from its canonical text instead of
 * encoding the envelope again: removing the `sig` member from a canonical object leaves the
 * canonical form of the rest (R1.1). The top-level `"sig"` is the last `,"sig":"` in the text,
 * since only `signer` (base64url) and `v` (an integer) follow it.
 */
export function signingBytesOf(record: ParsedRecord): Uint8Array {
  const { text } = record;
  const [start, end] = sigMemberOf(record);
  return utf8(text.slice(0, start) + text.slice(end));
}

/**
 * Where the top-level `,"sig":"…"` member lies in a parsed record's text, as [start, end) in
 * UTF-16 units: the signed bytes (R5) are the UTF-8 of the text without it (`signingBytesOf`).
 */
export function sigMemberOf(record: ParsedRecord): readonly [start: number, end: number] {
  const at = record.text.lastIndexOf(',"sig":"');
  return [at, at + ',"sig":"'.length + record.envelope.sig.length + 1];
}

/**
 * A function giving the id of a record's canonical text (R3): SHA-256 of its UTF-8 bytes as unpadded
 * base64url. `recordIdOf` is the pure one; a platform with a native SHA-256 may pass its own to the
 * readers (the CLI passes Node's), which must give the same id for every text.
 */
export type RecordIdFunction = (text: string) => RecordId;

/** The id of a record's canonical text (R3). */
export function recordIdOf(text: string): RecordId {
  return hashText(text) as RecordId;
}

/** Sorts and de-duplicates ids into the order R7 requires. */
export function sortDeps(deps: Iterable<RecordId>): RecordId[] {
  return [...new Set(deps)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Signs a record.
 * @throws {CanonicalError} if the body is not canonical-encodable.
 * @throws {TypeError} if the kind, time or deps are malformed.
 */
export async function signRecord(
  signer: Signer,
  fields: { kind: string; body: CanonicalValue; at: number; deps?: Iterable<RecordId> },
): Promise<ParsedRecord> {
  const unsigned: UnsignedEnvelope = {
    v: RECORD_VERSION,
    kind: fields.kind,
    body: fields.body,
    signer: signer.publicKey,
    at: fields.at,
    deps: sortDeps(fields.deps ?? []),
  };
  const problem = envelopeProblem({ ...unsigned, sig: "A".repeat(86) });
  if (problem) throw new TypeError(`cannot sign: ${problem}`);
  const sig = toBase64url(await signer.sign(signingBytes(unsigned)));
  const envelope: Envelope = { ...unsigned, sig };
  const text = canonicalize(envelope);
  return { id: recordIdOf(text), text, envelope };
}

/**
 * Parses a stored record text: canonical bytes (R1), envelope shape (R4), size (R8); its id by
 * `idOf` (R3). Never throws on bad content; the signature is checked separately by a Verifier.
 */
export function parseRecord(text: string, idOf: RecordIdFunction = recordIdOf): ParsedRecord | ParseFailure {
  if (typeof text !== "string") return { reason: "malformed", detail: "record is not a string" };
  if (text.length > MAX_RECORD_LENGTH) return { reason: "too-large" };
  let value: CanonicalValue;
  try {
    value = parseCanonical(text);
  } catch (error) {
    return { reason: "non-canonical", detail: error instanceof CanonicalError ? error.reason : String(error) };
  }
  const problem = envelopeProblem(value);
  if (problem) return { reason: "malformed", detail: problem };
  return { id: idOf(text), text, envelope: value as unknown as Envelope };
}

/** True when `parseRecord` succeeded. */
export function isParsed(result: ParsedRecord | ParseFailure): result is ParsedRecord {
  return "id" in result;
}

/** Returns what is wrong with an envelope's shape, or undefined (R4, R6, R7). */
function envelopeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return "envelope is not an object";
  // A parsed canonical envelope has its members in order already: sort only when they differ.
  const names = Object.keys(value);
  const keys = names.join(",") === ENVELOPE_MEMBERS ? ENVELOPE_MEMBERS : names.sort().join(",");
  if (keys !== ENVELOPE_MEMBERS) return `envelope has members ${keys}`;
  if (value.v !== RECORD_VERSION) return `unsupported version ${JSON.stringify(value.v)}`;
  if (typeof value.kind !== "string" || !KIND.test(value.kind)) return "kind is malformed";
  if (!isBase64urlOfLength(value.signer, 32)) return "signer is not a 32-byte key";
  if (!isBase64urlOfLength(value.sig, 64)) return "sig is not 64 bytes";
  if (typeof value.at !== "number" || value.at < 0) return "at is not a non-negative integer";
  const deps = value.deps;
  if (!Array.isArray(deps)) return "deps is not a list";
  if (deps.length > MAX_DEPS) return `more than ${MAX_DEPS} deps`;
  for (let i = 0; i < deps.length; i++) {
    const dep: unknown = deps[i];
    if (!isBase64urlOfLength(dep, 32)) return "a dep is not a record id";
    if (i > 0 && !((deps[i - 1] as string) < (dep as string))) return "deps are not sorted and unique";
  }
  return undefined;
}
