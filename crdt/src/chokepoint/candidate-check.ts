/**
 * The second half of the chokepoint (PROTOCOL.md D3) for one document, whatever holds its
 * candidates: a snapshot's lists (`verifySnapshot`) or a bundle's texts by key (`verifyRecordTexts`).
 * Each candidate is checked as it is handed over (D3.3–D3.5); `signatures` then checks every
 * survivor's signature in one batch (D3.6) and gives the verified snapshot.
 */
import { mapNames, type DocumentType } from "../documents/document-type.js";
import type { RecordId } from "../records/ids.js";
import { isParsed, parseRecord, type ParsedRecord, type RecordIdFunction } from "../records/record.js";
import type { RejectionReason } from "../records/rejection.js";
import type { SignatureCheck, Verifier } from "../verify/verifier.js";
import { recordSignatureCheck } from "../verify/record-signature-check.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
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
  /** How the texts' ids are computed (R3): by default the pure `recordIdOf`. */
  readonly recordIdOf?: RecordIdFunction;
}

/** Records that passed every check up to and including the signature, per map. */
export interface VerifiedSnapshot<M extends string = string> {
  /** Per record map: valid records, sorted by id, each once. */
  readonly maps: { readonly [K in M]: readonly ParsedRecord[] };
  /** Every candidate refused, sorted (D3.7). */
  readonly rejections: readonly MapRejection[];
}

/** The records one map of the document has accepted so far (D3.3–D3.5), in the order found. */
export interface FoundRecords {
  readonly map: string;
  readonly kinds: readonly string[];
  readonly records: ParsedRecord[];
}

const compareIds = (a: ParsedRecord, b: ParsedRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * `records` sorted by id, each id once: in place, and without sorting when they already are (a
 * bundle's texts come sorted by key, which is their id). Of one id found twice (concurrent
 * identical writes, D3.3) the first is kept: the same id is the same text.
 */
function sortedOnce(records: ParsedRecord[]): ParsedRecord[] {
  let sorted = true;
  for (let i = 1; i < records.length && sorted; i++) sorted = records[i - 1]!.id < records[i]!.id;
  if (sorted) return records;
  records.sort(compareIds);
  let kept = 0;
  for (let i = 0; i < records.length; i++) if (kept === 0 || records[kept - 1]!.id !== records[i]!.id) records[kept++] = records[i]!;
  records.length = kept;
  return records;
}

/** The checks of one document's candidates. Not reusable: one instance per document read. */
export class CandidateCheck<M extends string> {
  readonly #rejections: MapRejection[] = [];
  readonly #found = new Map<string, FoundRecords>();
  readonly #options: SnapshotVerifyOptions;

  constructor(
    readonly type: DocumentType<M>,
    options: SnapshotVerifyOptions,
  ) {
    this.#options = options;
    for (const map of mapNames(type)) this.#found.set(map, { map, kinds: type.maps[map], records: [] });
  }

  /** Where the candidates of `map` go; undefined when it is not a record map of this type (never read, D2). */
  mapOf(map: string): FoundRecords | undefined {
    return this.#found.get(map);
  }

  reject(map: string, key: string, reason: RejectionReason, detail: string, id?: RecordId): void {
    this.#rejections.push(id === undefined ? { map, key, reason, detail } : { map, key, id, reason, detail });
  }

  /** A value that is not a string at all (D3.3); key "" is the map itself (D3.2). */
  foreign(map: string, key: string, what: string): void {
    this.reject(map, key, "bad-bytes", key === "" ? `${what} in place of the map` : `${what}, not a record text`);
  }

  /**
   * A text found under `key` in `into`: well-formed text, canonical envelope (R1, R4, R8), id
   * equal to its key (D3.4), kind held by its map (D3.5); kept for the signature check if so.
   */
  text(into: FoundRecords, key: string, text: string): void {
    const { map } = into;
    if (LONE_SURROGATE.test(text)) {
      this.reject(map, key, "bad-bytes", "text is not well-formed Unicode, so has no UTF-8 bytes");
      return;
    }
    const parsed = parseRecord(text, this.#options.recordIdOf);
    if (!isParsed(parsed)) {
      if (parsed.reason === "too-large") this.reject(map, key, "too-large", "record text longer than R8 allows");
      else if (parsed.reason === "non-canonical" && parsed.detail === "not JSON") this.reject(map, key, "bad-bytes", "not JSON");
      else this.reject(map, key, parsed.reason, parsed.detail);
      return;
    }
    if (parsed.id !== key) {
      this.reject(map, key, "wrong-id", `its bytes hash to ${parsed.id}, not to the key`, parsed.id);
      return;
    }
    if (!into.kinds.includes(parsed.envelope.kind)) {
      this.reject(map, key, "unknown-kind", `a ${this.type.name} document holds no ${parsed.envelope.kind} record in ${map}`, parsed.id);
      return;
    }
    into.records.push(parsed);
  }

  /**
   * D3.6: every signature still unchecked, in one batch, skipping `options.verified`; then the
   * records of each map sorted by id, each once, and the rejections sorted (D3.7).
   * @throws whatever `verifier.verifyBatch` throws (a backend failure, not bad content).
   */
  async signatures(verifier: Verifier): Promise<VerifiedSnapshot<M>> {
    const { verified } = this.#options;
    const pending: ParsedRecord[] = [];
    const pendingMaps: string[] = [];
    const checks: SignatureCheck[] = [];
    let refused: Set<ParsedRecord> | undefined;
    for (const found of this.#found.values()) {
      const records = sortedOnce(found.records);
      for (const record of records) {
        if (verified?.has(record.id) === true) continue;
        try {
          checks.push(recordSignatureCheck(record));
          pending.push(record);
          pendingMaps.push(found.map);
        } catch {
          (refused ??= new Set()).add(record);
          this.reject(found.map, record.id, "bad-signature", "signature fields cannot be decoded", record.id);
        }
      }
    }
    if (checks.length > 0) {
      const verdicts = await verifier.verifyBatch(checks);
      for (let i = 0; i < pending.length; i++) {
        if (verdicts[i] === true) continue;
        const record = pending[i]!;
        (refused ??= new Set()).add(record);
        this.reject(pendingMaps[i]!, record.id, "bad-signature", "signature does not verify under the strict policy (S1)", record.id);
      }
    }
    const maps = {} as { [K in M]: ParsedRecord[] };
    for (const [map, found] of this.#found) {
      maps[map as M] = refused === undefined ? found.records : found.records.filter((record) => !refused.has(record));
    }
    return { maps, rejections: this.#rejections.sort(compareRejections) };
  }
}
