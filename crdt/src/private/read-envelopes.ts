/**
 * Reading a scope's envelopes (PROTOCOL.md PV5): each envelope's outcome, named plainly, in the
 * same order of checks on every device. Only a `readable` envelope yields a record, and only after
 * the record's signature (S) and its kind's validator passed: a forged inner record is invalid,
 * never its claimed signer's.
 */
import { isObject } from "../records/canonical.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Verifier } from "../verify/verifier.js";
import { envelopeIdOf, openEnvelope, parseEnvelope } from "./envelope.js";
import { plaintextRecord, signatureCheckOf } from "./plaintext-record.js";
import type { EpochId } from "./scope-key.js";

/** What became of one stored envelope (PV5). */
export type EnvelopeReading = { readonly key: string } & (
  | { readonly state: "readable"; readonly epoch: EpochId; readonly record: ParsedRecord; readonly signer: MemberKey }
  /** No key of its epoch on this device: "can't be read on this device" (PV5.4). */
  | { readonly state: "unreadable"; readonly epoch: EpochId }
  | { readonly state: "oversized"; readonly limit: number }
  | { readonly state: "damaged"; readonly detail: string }
  | { readonly state: "replayed"; readonly detail: string }
  | { readonly state: "invalid"; readonly epoch: EpochId; readonly detail: string }
);

/** An envelope as stored: the key it is under and its text. */
export interface StoredEnvelope {
  readonly key: string;
  readonly text: string;
}

/** What `readEnvelopes` takes. */
export interface EnvelopeReadingInput {
  /** The scope being read: its document's (PV5.3, PV5.7). */
  readonly scope: RecordId;
  readonly envelopes: readonly StoredEnvelope[];
  /** The epoch keys this device holds (PV6). */
  readonly keys: ReadonlyMap<EpochId, Uint8Array>;
  readonly verifier: Verifier;
  /**
   * The scope's own rule for what it holds (PV5.8): the problem with a decrypted, signed record of
   * this scope (a kind it does not hold, a malformed body), or undefined. Never throws.
   */
  readonly judge: (record: ParsedRecord) => string | undefined;
}

const byKeyThenText = (a: StoredEnvelope, b: StoredEnvelope): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

/** PV5.1–PV5.6 for one envelope: its outcome, or the record its plaintext holds (signature not yet checked). */
function openOne(scope: RecordId, stored: StoredEnvelope, keys: ReadonlyMap<EpochId, Uint8Array>): EnvelopeReading | { readonly key: string; readonly epoch: EpochId; readonly record: ParsedRecord } {
  const { key, text } = stored;
  const envelope = parseEnvelope(text);
  if ("state" in envelope) return { key, ...envelope };
  if (envelopeIdOf(text) !== key) return { key, state: "damaged", detail: "stored under a key that is not its id" };
  if (envelope.scope !== scope) return { key, state: "replayed", detail: "the envelope belongs to another conversation or room" };
  const epochKey = keys.get(envelope.epoch);
  if (epochKey === undefined) return { key, state: "unreadable", epoch: envelope.epoch };
  const plaintext = openEnvelope(envelope, epochKey);
  if (plaintext === undefined) return { key, state: "damaged", detail: "it does not decrypt: its authentication tag fails" };
  const record = plaintextRecord(plaintext);
  if ("problem" in record) return { key, state: "invalid", epoch: envelope.epoch, detail: record.problem };
  return { key, epoch: envelope.epoch, record };
}

/** PV5.7–PV5.8 for a record whose signature holds. */
function judgeRecord(input: EnvelopeReadingInput, key: string, epoch: EpochId, record: ParsedRecord): EnvelopeReading {
  const { body, signer } = record.envelope;
  if (!isObject(body) || body.scope !== input.scope) return { key, state: "replayed", detail: "the record inside belongs to another conversation or room" };
  const problem = input.judge(record);
  if (problem !== undefined) return { key, state: "invalid", epoch, detail: problem };
  return { key, state: "readable", epoch, record, signer };
}

/**
 * Reads a scope's stored envelopes (PV5): one outcome per envelope (repeats once), sorted by key then text. The
 * signatures of every decrypted record are checked in one `verifyBatch`.
 * @throws what the verifier throws; never on content.
 */
export async function readEnvelopes(input: EnvelopeReadingInput): Promise<EnvelopeReading[]> {
  // Each stored envelope once: the same text at the same key twice is one envelope (as D3.6).
  const unique = [...input.envelopes].sort(byKeyThenText).filter((stored, i, all) => i === 0 || byKeyThenText(all[i - 1]!, stored) !== 0);
  const opened = unique.map((stored) => openOne(input.scope, stored, input.keys));
  const toCheck = opened.filter((one): one is Exclude<typeof one, EnvelopeReading> => !("state" in one));
  const verdicts = await input.verifier.verifyBatch(toCheck.map(({ record }) => signatureCheckOf(record)));
  const valid = new Map(toCheck.map((one, i) => [one, verdicts[i] === true]));
  return opened.map((one) => {
    if ("state" in one) return one;
    if (!valid.get(one)) return { key: one.key, state: "invalid", epoch: one.epoch, detail: "its signature is not its signer's" };
    return judgeRecord(input, one.key, one.epoch, one.record);
  });
}
