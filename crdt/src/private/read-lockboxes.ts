/**
 * Reading a scope's key lockboxes (PROTOCOL.md PV8.4–PV8.6): each lockbox's outcome for one
 * reader, and the signed `scope-key` records the reader could open, for the scope's authorise step
 * and then `readScopeKeys` (PV6).
 */
import { hashText } from "../encoding/hash.js";
import { isObject } from "../records/canonical.js";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Verifier } from "../verify/verifier.js";
import type { EnvelopeFault } from "./sealed-frame.js";
import { openLockbox, parseLockbox, type LockboxOpening } from "./key-lockbox.js";
import { signatureCheckOf } from "./plaintext-record.js";
import type { StoredEnvelope } from "./read-envelopes.js";
import type { ScopeReader } from "./read-scope-keys.js";
import type { EpochId } from "./scope-key.js";

/** What became of one stored lockbox for this reader (PV8.4). */
export type LockboxReading = { readonly key: string } & (
  | { readonly state: "readable"; readonly epoch: EpochId; readonly record: ParsedRecord }
  /** No seal opens with this reader's box key: a lockbox for others. */
  | { readonly state: "unreadable" }
  | EnvelopeFault
  | { readonly state: "replayed"; readonly detail: string }
  | { readonly state: "invalid"; readonly epoch: EpochId; readonly detail: string }
);

const byKeyThenText = (a: StoredEnvelope, b: StoredEnvelope): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

/** PV8.4 steps 1–4 for one lockbox. */
function openOne(scope: RecordId, { key, text }: StoredEnvelope, reader: ScopeReader, learned: ReadonlyMap<EpochId, Uint8Array>): LockboxReading | (LockboxOpening & { readonly key: string }) {
  const lockbox = parseLockbox(text);
  if ("state" in lockbox) return { key, ...lockbox };
  if (hashText(text) !== key) return { key, state: "damaged", detail: "stored under a key that is not its id" };
  if (lockbox.scope !== scope) return { key, state: "replayed", detail: "the lockbox belongs to another conversation or room" };
  return { key, ...openLockbox(lockbox, reader.box, learned) };
}

/** PV8.4 steps 1–6 for every lockbox, again with the keys learned until no new key is (a member added later reads the key records of epochs re-sealed to them). */
function openAll(scope: RecordId, stored: readonly StoredEnvelope[], reader: ScopeReader): (LockboxReading | (LockboxOpening & { readonly key: string }))[] {
  const learned = new Map<EpochId, Uint8Array>();
  for (;;) {
    const opened = stored.map((one) => openOne(scope, one, reader, learned));
    const before = learned.size;
    for (const one of opened) if (one.state === "opened") learned.set(one.epoch, one.epochKey);
    if (learned.size === before) return opened;
  }
}

/**
 * Reads a scope's stored lockboxes for a reader (PV8.4–PV8.6): one outcome per lockbox (repeats
 * once), sorted by key then text, and the `scope-key` records opened whose signature holds, each
 * id once, sorted by id. Signatures are checked in one `verifyBatch`.
 * @throws what the verifier throws; never on content.
 */
export async function readLockboxes(input: {
  readonly scope: RecordId;
  readonly lockboxes: readonly StoredEnvelope[];
  readonly reader: ScopeReader;
  readonly verifier: Verifier;
}): Promise<{ readonly readings: readonly LockboxReading[]; readonly records: readonly ParsedRecord[] }> {
  const unique = [...input.lockboxes].sort(byKeyThenText).filter((stored, i, all) => i === 0 || byKeyThenText(all[i - 1]!, stored) !== 0);
  const opened = openAll(input.scope, unique, input.reader);
  const toCheck = opened.filter((one): one is Extract<typeof one, { state: "opened" }> => one.state === "opened");
  const verdicts = await input.verifier.verifyBatch(toCheck.map(({ record }) => signatureCheckOf(record)));
  const valid = new Map(toCheck.map((one, i) => [one, verdicts[i] === true]));
  const readings = opened.map((one): LockboxReading => {
    if (one.state !== "opened") return one;
    const { key, epoch, record } = one;
    if (!valid.get(one)) return { key, state: "invalid", epoch, detail: "its signature is not its signer's" };
    const body = record.envelope.body;
    if (!isObject(body) || body.scope !== input.scope) return { key, state: "replayed", detail: "the key record inside belongs to another conversation or room" };
    return { key, state: "readable", epoch, record };
  });
  const records = new Map<RecordId, ParsedRecord>();
  for (const reading of readings) if (reading.state === "readable") records.set(reading.record.id, reading.record);
  return { readings, records: [...records.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
