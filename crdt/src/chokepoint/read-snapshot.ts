/**
 * The chokepoint over a document snapshot (PROTOCOL.md D3): its signature checks, then the
 * authorisation step. Apart from the reader of a live Automerge document (read-document.ts), so
 * that what reads only snapshots and bundles (a vote's verification, V9) does not load Automerge.
 */
import { mapNames, type DocumentType } from "../documents/document-type.js";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Rejection } from "../records/rejection.js";
import type { Verifier } from "../verify/verifier.js";
import type { DocumentSnapshot } from "./candidate.js";
import { compareRejections, type MapRejection } from "./map-rejection.js";
import { verifySnapshot, type SnapshotVerifyOptions } from "./verify-snapshot.js";

/** What an authorisation step decides about signature-valid records (D3.8). */
export interface Authorisation {
  /** The records whose signers held the authority; any record not given is not accepted. */
  readonly accepted: readonly ParsedRecord[];
  /** Why the others were refused (usually "unauthorised" or "missing-deps"), keyed by id. */
  readonly rejections: readonly Rejection[];
}

/**
 * The authorisation step of a reader: given every signature-valid record of one document
 * (all maps, sorted by id), says which are authorised. For Chapter and Organisation documents
 * this is the membership fold; for others, e.g. "the signer is a member" or "the signer is
 * the document's owner". Must be a pure function of its input and what it closes over.
 */
export type Authorise = (records: readonly ParsedRecord[]) => Authorisation | Promise<Authorisation>;

/** An explicit "no authority needed beyond a valid signature" step, for tests and tools. */
export const acceptAll: Authorise = (records) => ({ accepted: records, rejections: [] });

/** Options of a reader. */
export interface DocumentReadOptions extends SnapshotVerifyOptions {
  readonly authorise: Authorise;
}

/** What the chokepoint says a document holds (D3). */
export interface DocumentRead<M extends string = string> {
  /** Accepted records per record map, each sorted by id. */
  readonly maps: { readonly [K in M]: readonly ParsedRecord[] };
  /** Every accepted record, sorted by id. */
  readonly records: readonly ParsedRecord[];
  /** Per map, every record with a valid signature, accepted or not: what a device may keep in
   * its append-only store (D8), since a record refused for now may be authorised later. */
  readonly verified: { readonly [K in M]: readonly ParsedRecord[] };
  /** Every value refused, and why, sorted (D3.7). */
  readonly rejections: readonly MapRejection[];
}

function compareIds(a: ParsedRecord, b: ParsedRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * THE chokepoint (PROTOCOL.md D3): the one path from a document snapshot to its valid records.
 * Runs `verifySnapshot`, then `options.authorise` over every signature-valid record. Records the
 * step neither accepts nor rejects are rejected as "unauthorised"; records it "accepts" that
 * were not given to it are ignored. Never throws on bad content.
 * @throws {TypeError} if the snapshot is for another document type.
 * @throws whatever the verifier or the authorise step throws (not bad content).
 */
export async function readSnapshot<M extends string>(
  type: DocumentType<M>,
  snapshot: DocumentSnapshot,
  verifier: Verifier,
  options: DocumentReadOptions,
): Promise<DocumentRead<M>> {
  const checked = await verifySnapshot(type, snapshot, verifier, options);
  const names = mapNames(type);
  const mapOf = new Map<string, M>();
  const all: ParsedRecord[] = [];
  for (const name of names) {
    for (const record of checked.maps[name]) {
      mapOf.set(record.id, name);
      all.push(record);
    }
  }
  all.sort(compareIds);

  const decision = await options.authorise(all);
  const accepted = new Set<RecordId>();
  for (const record of decision.accepted) if (mapOf.has(record.id)) accepted.add(record.id);
  const rejections: MapRejection[] = [...checked.rejections];
  const explained = new Set<string>();
  for (const r of decision.rejections) {
    const id = r.id ?? r.key;
    if (accepted.has(id as RecordId)) continue; // accepted wins over a contradictory rejection
    explained.add(id);
    rejections.push({ ...r, map: mapOf.get(id) ?? "" });
  }
  for (const record of all) {
    if (accepted.has(record.id) || explained.has(record.id)) continue;
    rejections.push({ map: mapOf.get(record.id) ?? "", key: record.id, id: record.id, reason: "unauthorised", detail: "not accepted by the authorisation step" });
  }

  const keep = (records: readonly ParsedRecord[]): ParsedRecord[] => records.filter((r) => accepted.has(r.id));
  const maps = Object.fromEntries(names.map((name) => [name, keep(checked.maps[name])])) as { [K in M]: ParsedRecord[] };
  return { maps, records: keep(all), verified: checked.maps, rejections: rejections.sort(compareRejections) };
}
