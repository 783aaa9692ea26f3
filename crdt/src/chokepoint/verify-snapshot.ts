import { fromBase64url } from "../encoding/base64url.js";
import { mapNames, type DocumentType } from "../documents/document-type.js";
import type { RecordId } from "../records/ids.js";
import { isParsed, parseRecord, signingBytesOf, type ParsedRecord } from "../records/record.js";
import type { RejectionReason } from "../records/rejection.js";
import type { SignatureCheck, Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import type { DocumentSnapshot } from "./candidate.js";
import { compareRejections, type MapRejection } from "./map-rejection.js";
import { LONE_SURROGATE } from "../encoding/utf8.js";

/** Ids this device has already verified (a caller-owned cache, e.g. its record store's ids): only asked. */
export type VerifiedIds = Pick<VerifiedIdCache, "has">;

/** Options of the signature-level check. */
export interface SnapshotVerifyOptions {
  /**
   * Ids whose signature need not be checked again. Safe because an id is the hash of the whole
   * text including `sig` (R3): the same id is the same bytes. Parsing, the key and the kind
   * are still checked.
   */
  readonly verified?: VerifiedIds;
}

/** Records that passed every check up to and including the signature, per map. */
export interface VerifiedSnapshot<M extends string = string> {
  /** Per record map: valid records, sorted by id, each once. */
  readonly maps: { readonly [K in M]: readonly ParsedRecord[] };
  /** Every candidate refused, sorted (D3.7). */
  readonly rejections: readonly MapRejection[];
}

function compareIds(a: ParsedRecord, b: ParsedRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The second half of the chokepoint (PROTOCOL.md D3): decides which candidates are records of
 * this document type. For each candidate, in this order: a string (D3.3), well-formed text,
 * canonical envelope (R1, R4, R8), id equal to its key (D3.4), kind held by its map (D3.5),
 * then the signatures of all survivors in one batch (D3.6), skipping `options.verified`.
 * Never throws on bad content: every refusal is a rejection.
 * @throws {TypeError} if the snapshot is for another document type (a caller bug).
 * @throws whatever `verifier.verifyBatch` throws (a backend failure, not bad content).
 */
export async function verifySnapshot<M extends string>(
  type: DocumentType<M>,
  snapshot: DocumentSnapshot,
  verifier: Verifier,
  options: SnapshotVerifyOptions = {},
): Promise<VerifiedSnapshot<M>> {
  if (snapshot.type !== type.name) throw new TypeError(`snapshot of a ${snapshot.type} document read as a ${type.name}`);
  const rejections: MapRejection[] = [];
  const reject = (map: string, key: string, reason: RejectionReason, detail: string, id?: RecordId): void => {
    rejections.push(id === undefined ? { map, key, reason, detail } : { map, key, id, reason, detail });
  };
  const names = mapNames(type);
  const found = new Map<M, Map<RecordId, ParsedRecord>>(names.map((name) => [name, new Map()]));

  for (const { map, candidates } of snapshot.maps) {
    const into = found.get(map as M);
    if (into === undefined) continue; // not a record map of this type: never read (D2)
    const kinds = type.maps[map as M];
    for (const candidate of candidates) {
      const { key } = candidate;
      if (!("text" in candidate)) {
        reject(map, key, "bad-bytes", key === "" ? `${candidate.foreign} in place of the map` : `${candidate.foreign}, not a record text`);
        continue;
      }
      const { text } = candidate;
      if (LONE_SURROGATE.test(text)) {
        reject(map, key, "bad-bytes", "text is not well-formed Unicode, so has no UTF-8 bytes");
        continue;
      }
      const parsed = parseRecord(text);
      if (!isParsed(parsed)) {
        if (parsed.reason === "too-large") reject(map, key, "too-large", "record text longer than R8 allows");
        else if (parsed.reason === "non-canonical" && parsed.detail === "not JSON") reject(map, key, "bad-bytes", "not JSON");
        else reject(map, key, parsed.reason, parsed.detail);
        continue;
      }
      if (parsed.id !== key) {
        reject(map, key, "wrong-id", `its bytes hash to ${parsed.id}, not to the key`, parsed.id);
        continue;
      }
      if (!kinds.includes(parsed.envelope.kind)) {
        reject(map, key, "unknown-kind", `a ${type.name} document holds no ${parsed.envelope.kind} record in ${map}`, parsed.id);
        continue;
      }
      into.set(parsed.id, parsed); // one text per id: concurrent identical writes count once
    }
  }

  // D3.6: every signature still unchecked, in one batch.
  const pending: { map: M; record: ParsedRecord }[] = [];
  const checks: SignatureCheck[] = [];
  for (const [map, records] of found) {
    for (const record of records.values()) {
      if (options.verified?.has(record.id) === true) continue;
      try {
        const { envelope } = record;
        checks.push({ publicKey: fromBase64url(envelope.signer), message: signingBytesOf(record), signature: fromBase64url(envelope.sig) });
        pending.push({ map, record });
      } catch {
        records.delete(record.id);
        reject(map, record.id, "bad-signature", "signature fields cannot be decoded", record.id);
      }
    }
  }
  const verdicts = checks.length === 0 ? [] : await verifier.verifyBatch(checks);
  pending.forEach(({ map, record }, i) => {
    if (verdicts[i] === true) return;
    found.get(map)?.delete(record.id);
    reject(map, record.id, "bad-signature", "signature does not verify under the strict policy (S1)", record.id);
  });

  const maps = Object.fromEntries(names.map((name) => [name, [...(found.get(name)?.values() ?? [])].sort(compareIds)])) as {
    [K in M]: ParsedRecord[];
  };
  return { maps, rejections: rejections.sort(compareRejections) };
}
