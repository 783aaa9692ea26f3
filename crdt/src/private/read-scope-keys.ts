/**
 * The epochs of a scope and the keys a reader holds (PROTOCOL.md PV6): a pure fold of the scope's
 * `scope-key` records, the same whatever order they arrived in. Which records count (who may
 * start an epoch) is the scope document's authorise step (D3.8); this fold takes the records it
 * accepted.
 */
import { fromBase64url } from "../encoding/base64url.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { parseScopeKeyBody } from "./scope-key-body.js";
import { epochOf, type EpochId } from "./scope-key.js";
import { openSealedKey, type SealOpener } from "./seal-key.js";

/** A reader: their member key and box key pair (K3.5), or an opener that keeps the box secret elsewhere. */
export interface ScopeReader {
  readonly member: MemberKey;
  readonly box: SealOpener;
}

/** One epoch of a scope (PV6.3). */
export interface EpochReading {
  readonly epoch: EpochId;
  /** Everyone its key was sealed to, sorted: who can read what was written in it. */
  readonly members: readonly MemberKey[];
  /** The key records that start it, sorted. */
  readonly records: readonly RecordId[];
  /** True when the reader holds its key. */
  readonly held: boolean;
}

/** A key record that gives the reader nothing (PV6.1, PV6.2). */
export interface ScopeKeyProblem {
  readonly id: RecordId;
  readonly reason: "malformed" | "replayed" | "unopenable" | "wrong-key";
  readonly detail: string;
}

/** What a scope's key records say (PV6). */
export interface ScopeKeys {
  /** The keys the reader holds, by epoch. */
  readonly keys: ReadonlyMap<EpochId, Uint8Array>;
  /** Every epoch, sorted by id. */
  readonly epochs: readonly EpochReading[];
  /** The epochs no other epoch's record cites (PV6.4), sorted: where new content goes. */
  readonly heads: readonly EpochId[];
  readonly problems: readonly ScopeKeyProblem[];
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Folds a scope's key records (PV6) for a reader (or for nobody, to list epochs and members only).
 * @param records the `scope-key` records the scope's document accepted, in any order, repeats allowed.
 * Never throws.
 */
export function readScopeKeys(scope: RecordId, records: readonly ParsedRecord[], reader?: ScopeReader): ScopeKeys {
  const unique = [...new Map(records.map((record) => [record.id, record])).values()].sort((a, b) => byCodeUnits(a.id, b.id));
  const problems: ScopeKeyProblem[] = [];
  const keys = new Map<EpochId, Uint8Array>();
  const epochs = new Map<EpochId, { members: Set<MemberKey>; records: RecordId[] }>();
  const epochOfRecord = new Map<RecordId, EpochId>();
  for (const record of unique) {
    const parsed = record.envelope.kind === "scope-key" ? parseScopeKeyBody(record.envelope.body) : { ok: false as const, problem: `kind ${record.envelope.kind} is not scope-key` };
    if (!parsed.ok) {
      problems.push({ id: record.id, reason: "malformed", detail: parsed.problem });
      continue;
    }
    const { epoch, sealed } = parsed.body;
    if (parsed.body.scope !== scope) {
      problems.push({ id: record.id, reason: "replayed", detail: "the key record belongs to another scope" });
      continue;
    }
    const entry = epochs.get(epoch) ?? { members: new Set<MemberKey>(), records: [] };
    for (const member of Object.keys(sealed)) entry.members.add(member as MemberKey);
    entry.records.push(record.id);
    epochs.set(epoch, entry);
    epochOfRecord.set(record.id, epoch);
    const seal = reader === undefined ? undefined : sealed[reader.member];
    if (reader === undefined || seal === undefined) continue;
    const key = openSealedKey(fromBase64url(seal), reader.box);
    if (key === undefined) problems.push({ id: record.id, reason: "unopenable", detail: "the key sealed to this device's box key does not open" });
    else if (epochOf(key) !== epoch) problems.push({ id: record.id, reason: "wrong-key", detail: "the sealed key is not the key its epoch names" });
    else keys.set(epoch, key);
  }
  // PV6.4: an epoch is replaced when a record of another epoch cites one of its records.
  const replaced = new Set<EpochId>();
  for (const record of unique) {
    const citing = epochOfRecord.get(record.id);
    if (citing === undefined) continue;
    for (const dep of record.envelope.deps) {
      const cited = epochOfRecord.get(dep);
      if (cited !== undefined && cited !== citing) replaced.add(cited);
    }
  }
  const ids = [...epochs.keys()].sort(byCodeUnits);
  return {
    keys,
    epochs: ids.map((epoch) => {
      const entry = epochs.get(epoch)!;
      return { epoch, members: [...entry.members].sort(byCodeUnits), records: entry.records, held: keys.has(epoch) };
    }),
    heads: ids.filter((epoch) => !replaced.has(epoch)),
    problems,
  };
}

/** The epochs `member` could read (PV6.3): those whose key was sealed to them, sorted. Never throws. */
export function epochsOf(scopeKeys: ScopeKeys, member: MemberKey): readonly EpochId[] {
  return scopeKeys.epochs.filter((epoch) => epoch.members.includes(member)).map((epoch) => epoch.epoch);
}
