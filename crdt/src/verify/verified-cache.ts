import type { RecordId } from "../records/ids.js";
import type { SignatureCheck, Verifier } from "./verifier.js";

/** Array.isArray without narrowing a readonly array type to any[]. */
const isList: (value: unknown) => boolean = Array.isArray;

/**
 * Version of the strict verifier policy (PROTOCOL.md S1–S6). It changes whenever a rule there
 * changes, so that a verdict cached under an older policy is never reused (S8).
 */
export const POLICY_VERSION = 1;

/**
 * Record ids whose signature this device already verified under the current policy (S8), kept
 * between runs by the caller (the CLI's `--cache`, the app's local database). An id only ever
 * skips the signature of a text that hashes to it (R3 is checked first).
 */
export interface VerifiedIdCache {
  has(id: RecordId): boolean;
  /** Called with every id whose signature holds, checked now or skipped. */
  add(id: RecordId): void;
}

/** Entries a `VerifiedCache` holds by default before evicting the least recently used. */
export const VERIFIED_CACHE_DEFAULT_CAPACITY = 100_000;

/**
 * Record ids whose signature already verified, keyed by (record id, policy version) (S8). A
 * record id is the hash of the record's full text including `sig` (R3), so the same id always
 * means the same key, message and signature, hence the same verdict under one policy. Bounded:
 * past its capacity the least recently used id is forgotten. The caller owns the instance.
 */
export class VerifiedCache {
  readonly capacity: number;
  readonly #entries = new Map<string, true>();

  /** @throws {TypeError} if `capacity` is not a positive integer. */
  constructor(capacity: number = VERIFIED_CACHE_DEFAULT_CAPACITY) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new TypeError("VerifiedCache: bad capacity");
    this.capacity = capacity;
  }

  /** Number of ids held. */
  get size(): number {
    return this.#entries.size;
  }

  /** True when `id` verified under `policyVersion`; marks it recently used. Never throws. */
  has(id: RecordId, policyVersion: number = POLICY_VERSION): boolean {
    const key = `${policyVersion}:${id}`;
    if (!this.#entries.delete(key)) return false;
    this.#entries.set(key, true);
    return true;
  }

  /** Remembers that `id` verified under `policyVersion`. Never throws. */
  add(id: RecordId, policyVersion: number = POLICY_VERSION): void {
    const key = `${policyVersion}:${id}`;
    this.#entries.delete(key);
    this.#entries.set(key, true);
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }
}

/** One record's signature check, named by the id of the record text it was taken from. */
export interface IdentifiedCheck {
  /** The record id (R3) of the text whose `signer`, signing bytes (R5) and `sig` form `check`. */
  readonly id: RecordId;
  readonly check: SignatureCheck;
}

/**
 * Verifies only the records not already in `cache` (under the current POLICY_VERSION) and adds
 * those that verify. Returns one verdict per item, in order. Only `true` verdicts are cached.
 * The caller must build each check from the very text whose hash is `id`.
 * @throws {TypeError} (as a rejected promise) if `items` is not an array.
 */
export async function verifyWithCache(
  verifier: Verifier,
  cache: VerifiedCache,
  items: readonly IdentifiedCheck[],
): Promise<boolean[]> {
  if (!isList(items)) throw new TypeError("verifyWithCache: items must be an array");
  const verdicts = items.map((item) => cache.has(item.id));
  const pending = items.flatMap((item, index) => (verdicts[index] ? [] : [index]));
  const fresh = await verifier.verifyBatch(pending.map((index) => items[index]!.check));
  pending.forEach((index, k) => {
    if (fresh[k] === true) {
      verdicts[index] = true;
      cache.add(items[index]!.id);
    }
  });
  return verdicts;
}
