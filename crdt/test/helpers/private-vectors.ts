/** The private-content vectors (crdt/vectors/private/, README there), loaded once for the tests of PV. */
import { readFileSync } from "node:fs";
import nacl from "tweetnacl";
import { toBase64url } from "../../src/encoding/base64url.js";
import { hexToBytes as hex } from "./hex.js";
import type { MemberKey, RecordId } from "../../src/records/ids.js";
import { isParsed, parseRecord, type ParsedRecord } from "../../src/records/record.js";
import type { ScopeReader } from "../../src/private/read-scope-keys.js";
import type { EpochId } from "../../src/private/scope-key.js";

const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../vectors/private/${name}`, import.meta.url), "utf8")) as T;

export { hexToBytes as hex, bytesToHex as toHex } from "./hex.js";

export interface XchachaVector {
  readonly plaintext: string;
  readonly aad: string;
  readonly key: string;
  readonly nonce: string;
  readonly ciphertext: string;
  readonly tag: string;
}
export const XCHACHA = load<XchachaVector>("xchacha20poly1305-draft.json");

export interface SealVectors {
  readonly cases: readonly { recipient: string; recipientSecret: string; recipientPublic: string; ephemeralSecret: string; ephemeralPublic: string; key: string; sealed: string }[];
  readonly refusals: readonly { name: string; recipient: string; sealed: string }[];
}
export const SEALS = load<SealVectors>("sealed-keys.json");

export type Person = "alice" | "bob" | "carol" | "dave" | "mallory";
export interface ScopeKeyVectors {
  readonly scope: RecordId;
  readonly epochs: readonly { name: string; epoch: EpochId; key: string }[];
  readonly members: Readonly<Record<Person, { member: MemberKey; seed: string; boxSecret: string; box: string }>>;
  readonly records: readonly { note: string; text: string; id: RecordId }[];
  readonly readings: readonly {
    reader: Person | null;
    held: readonly { epoch: EpochId; key: string }[];
    epochs: readonly { epoch: EpochId; members: readonly MemberKey[]; records: readonly RecordId[]; held: boolean }[];
    heads: readonly EpochId[];
    problems: readonly { id: RecordId; reason: string; detail: string }[];
  }[];
}
export const SCOPE_KEYS = load<ScopeKeyVectors>("scope-keys.json");

type Outcome = { readonly state: string; readonly epoch?: EpochId; readonly limit?: number };
export interface EnvelopeVectors {
  readonly scope: RecordId;
  readonly envelopes: readonly { name: string; record: string; recordId: RecordId; epoch: EpochId; key: string; nonce: string; aad: string; plaintextHex: string; envelope: string; id: string }[];
  readonly refusals: readonly ({ name: string; key: string; outcome: Outcome; why: string } & (
    | { text: string }
    | { build: { repeat: string; length: number } | { zeroCiphertextBytes: number; nonce: string; epoch: EpochId } }
  ))[];
  readonly readings: Readonly<Record<Person, readonly (Outcome & { key: string; record?: RecordId; signer?: MemberKey })[]>>;
}
export const ENVELOPES = load<EnvelopeVectors>("envelopes.json");

/** A refusal's stored text, built as its vector says when it is too long to keep in the file. */
export function refusalText(refusal: EnvelopeVectors["refusals"][number]): string {
  if ("text" in refusal) return refusal.text;
  const { build } = refusal;
  if ("repeat" in build) return build.repeat.repeat(build.length);
  const ciphertext = toBase64url(new Uint8Array(build.zeroCiphertextBytes));
  return JSON.stringify({ ciphertext, epoch: build.epoch, nonce: build.nonce, scope: ENVELOPES.scope, v: 1 });
}

/** Every envelope of the vectors as stored, good and refused. */
export const STORED = [...ENVELOPES.envelopes.map((e) => ({ key: e.id, text: e.envelope })), ...ENVELOPES.refusals.map((r) => ({ key: r.key, text: refusalText(r) }))];

/** A vector member as a reader (PV6). */
export function readerOf(person: Person): ScopeReader {
  const { member, boxSecret } = SCOPE_KEYS.members[person];
  return { member, box: nacl.box.keyPair.fromSecretKey(hex(boxSecret)) };
}

/** The vectors' key records, parsed. */
export const KEY_RECORDS: readonly ParsedRecord[] = SCOPE_KEYS.records.map(({ text }) => {
  const record = parseRecord(text);
  if (!isParsed(record)) throw new Error("a vector key record does not parse");
  return record;
});

/** The vectors' scope holds `message` records only (envelopes.json `holds`). */
export const judgeMessage = (record: ParsedRecord): string | undefined => (record.envelope.kind === "message" ? undefined : `a ${record.envelope.kind} record is not held here`);

type LockboxOutcome = { readonly key: string; readonly state: string; readonly epoch?: EpochId; readonly limit?: number; readonly record?: RecordId };
export interface LockboxVectors {
  readonly scope: RecordId;
  readonly lockboxes: readonly { name: string; key: string; text: string }[];
  readonly oversized: { key: string; repeat: string; length: number };
  readonly readings: Readonly<Record<Person, { readings: readonly LockboxOutcome[]; records: readonly RecordId[] }>>;
}
export const LOCKBOXES = load<LockboxVectors>("lockboxes.json");

/** Every lockbox of the vectors as stored, the oversized one built as the file says. */
export const STORED_LOCKBOXES = [
  ...LOCKBOXES.lockboxes.map((l) => ({ key: l.key, text: l.text })),
  { key: LOCKBOXES.oversized.key, text: LOCKBOXES.oversized.repeat.repeat(LOCKBOXES.oversized.length) },
];
