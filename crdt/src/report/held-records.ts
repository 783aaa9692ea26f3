/**
 * The first step of verifying a vote bundle (PROTOCOL.md V9.1): every document of the bundle goes
 * through the chokepoint's own checks (`verifySnapshot`, D3.3–D3.6: text, canonical form, envelope,
 * id, kind held by its map, then the signatures in one batch), exactly as a device reads that
 * document. What passes is "held"; everything else is refused with the chokepoint's reason.
 */
import type { VerifiedSnapshot } from "../chokepoint/verify-snapshot.js";
import { verifyRecordTexts } from "../chokepoint/verify-record-texts.js";
import type { DocumentUrl, MemberKey, RecordId } from "../records/ids.js";
import { isParsed, parseRecord, type ParsedRecord, type RecordIdFunction } from "../records/record.js";
import type { RejectionReason } from "../records/rejection.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { coalescingVerifier } from "./coalescing-verifier.js";
import { VOTE_BUNDLE_DOCUMENT_TYPES, type VoteBundleDocument } from "./vote-bundle.js";

/** Where a record was found and accepted by the chokepoint. */
export interface RecordPlace {
  readonly type: string;
  readonly url: DocumentUrl;
  readonly map: string;
}

/** Why a text was refused everywhere it was found (the first refusal in sorted order). */
export interface Refusal {
  readonly reason: RejectionReason;
  readonly detail: string;
  /** The record's kind, when its envelope could be read. */
  readonly kind: string | null;
  /** The signer its envelope claims, when it could be read (for display: its signature may be false). */
  readonly signer: MemberKey | null;
}

/** What the documents of a bundle hold. */
export interface BundleRecords {
  /** Records that passed D3.3–D3.6 in at least one document, by id. */
  readonly held: ReadonlyMap<RecordId, ParsedRecord>;
  /** Where each held record was found. */
  readonly places: ReadonlyMap<RecordId, readonly RecordPlace[]>;
  /** Texts held nowhere, by the key they were found under. */
  readonly refused: ReadonlyMap<string, Refusal>;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The chokepoint's signature-level verdicts (D3.3–D3.6) on a bundle document, when the caller
 * already holds them or has them under way (a device's kept read of the same document at the same
 * version): exactly what `verifyRecordTexts` gives for its texts; undefined when it holds none.
 * The records are then neither parsed nor checked again.
 */
export type CheckedDocument = (document: VoteBundleDocument) => Promise<VerifiedSnapshot> | undefined;

/** Records a parallel verifier may have waiting to be checked while later documents are read (S10). */
const IN_FLIGHT = 16_384;

/**
 * Runs every document through the chokepoint's signature-level checks, concurrently, with the
 * signatures of all documents checked in one coalesced batch; a parallel verifier (S10) gets each
 * document's batch as soon as it is read instead, so its workers check while the next one is
 * parsed. Ids in `verified` are not checked again; every held id is added to it (S8). `recordIdOf`
 * computes the texts' ids (R3; default the pure one). A document `checked` answers for is taken
 * from it, neither parsed nor checked here. The documents are read as the iteration gives them,
 * once. Never throws on content.
 * @throws whatever `verifier.verifyBatch` throws (a backend failure), or the iteration of
 *   `bundleDocuments` throws (a bundle found not to be one as it is decoded).
 */
export async function readHeldRecords(
  bundleDocuments: Iterable<VoteBundleDocument>,
  verifier: Verifier,
  verified?: VerifiedIdCache,
  recordIdOf?: RecordIdFunction,
  checked?: CheckedDocument,
): Promise<BundleRecords> {
  const parallel = verifier.parallel === true;
  const batched = parallel ? verifier : coalescingVerifier(verifier);
  const options = { ...(verified === undefined ? {} : { verified }), ...(recordIdOf === undefined ? {} : { recordIdOf }) };
  const pending: { read: Promise<unknown>; records: number }[] = [];
  let inFlight = 0;
  // The documents as the iteration gave them: it may decode each only when asked for it (a
  // `VoteBundleReading`), so that the first ones are checked while the next are decoded.
  const documents: VoteBundleDocument[] = [];
  const reading: Promise<VerifiedSnapshot>[] = [];
  try {
    for (const document of bundleDocuments) {
      documents.push(document);
      const type = VOTE_BUNDLE_DOCUMENT_TYPES.get(document.type);
      if (type === undefined) throw new TypeError(`a vote bundle holds no ${document.type} document`);
      const held = checked?.(document);
      const read = held ?? verifyRecordTexts(type, document.records, batched, options);
      reading.push(read);
      if (!parallel || held !== undefined) continue;
      // S10: a parallel verifier's workers check while the next documents are read, but no more
      // than IN_FLIGHT records ahead of them, so the messages waiting to be checked stay few.
      let records = 0;
      for (const map of Object.keys(document.records)) records += Object.keys(document.records[map]!).length;
      pending.push({ read, records });
      inFlight += records;
      while (inFlight > IN_FLIGHT && pending.length > 1) {
        const oldest = pending.shift()!;
        await oldest.read;
        inFlight -= oldest.records;
      }
    }
  } catch (error) {
    // The documents could not all be read (a bundle found broken halfway): what is under way
    // for the others is no one's to wait for, and its failure must not go unhandled.
    for (const read of reading) read.catch(() => undefined);
    throw error;
  }
  const reads = await Promise.all(reading);

  const held = new Map<RecordId, ParsedRecord>();
  // Most records are found in one place: the records of one map of one document share one list
  // (and one place) until a record is found elsewhere too, when it gets a list of its own.
  const places = new Map<RecordId, readonly RecordPlace[]>();
  const own = new Set<readonly RecordPlace[]>();
  const rejections: { key: string; reason: RejectionReason; detail: string; place: string }[] = [];
  reads.forEach((checked, d) => {
    const document = documents[d]!;
    for (const map of Object.keys(checked.maps)) {
      const records = checked.maps[map]!;
      if (records.length === 0) continue;
      const shared: readonly RecordPlace[] = [{ type: document.type, url: document.url, map }];
      for (const record of records) {
        const list = places.get(record.id);
        if (list === undefined) {
          held.set(record.id, record);
          places.set(record.id, shared);
        } else if (own.has(list)) {
          (list as RecordPlace[]).push(shared[0]!);
        } else {
          const mine = [...list, shared[0]!];
          own.add(mine);
          places.set(record.id, mine);
        }
      }
    }
    for (const r of checked.rejections) rejections.push({ key: r.key, reason: r.reason, detail: r.detail, place: `${document.type} ${document.url} ${r.map}` });
  });
  if (verified !== undefined) for (const id of held.keys()) verified.add(id);
  for (const list of own) (list as RecordPlace[]).sort((a, b) => byText(a.type, b.type) || byText(a.url, b.url) || byText(a.map, b.map));
  rejections.sort((a, b) => byText(a.key, b.key) || byText(a.reason, b.reason) || byText(a.detail, b.detail) || byText(a.place, b.place));
  const first = new Map<string, { reason: RejectionReason; detail: string }>();
  for (const { key, reason, detail } of rejections) if (!held.has(key as RecordId) && !first.has(key)) first.set(key, { reason, detail });
  // The kind of each refused text, when its envelope can be read.
  const texts = new Map<string, string>();
  if (first.size > 0) {
    for (const document of documents) {
      for (const list of Object.values(document.records)) {
        for (const key of Object.keys(list)) if (first.has(key) && !texts.has(key)) texts.set(key, list[key]!);
      }
    }
  }
  const refused = new Map<string, Refusal>();
  for (const [key, { reason, detail }] of first) {
    const text = texts.get(key);
    const parsed = text === undefined ? undefined : parseRecord(text);
    const envelope = parsed !== undefined && isParsed(parsed) ? parsed.envelope : undefined;
    refused.set(key, { reason, detail, kind: envelope?.kind ?? null, signer: envelope?.signer ?? null });
  }
  return { held, places, refused };
}
