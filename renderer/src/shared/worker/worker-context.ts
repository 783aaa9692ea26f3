/**
 * What every worker handler is given: one verifier (S7's backend, remembering the signatures it
 * found valid so a second read checks none again), the verified-id cache (S8) in the local
 * database, the worker's copies of the page's documents, the device's record store (D8) with one
 * keeper per document, and results kept by the heads they were computed from — so a fold, a
 * chokepoint read or a vote reading is computed once per change and shared by every handler and
 * screen that asks for it.
 */
import { acceptAll, readSnapshot, type DocumentRead, type RecordStore } from "@chapterhouse/crdt/chokepoint";
import type { DocumentType } from "@chapterhouse/crdt/documents";
import type { DocumentUrl, RecordIdFunction } from "@chapterhouse/crdt/records";
import type { JudgedVote } from "@chapterhouse/crdt/report";
import type { Verifier } from "@chapterhouse/crdt/verify";
import { nextTask } from "../documents/time-slices.js";
import { DocumentMirrors } from "./document-mirrors.js";
import { createMemoryKeptResultStore, type KeptResultStore } from "./kept-result-store.js";
import { Memo } from "./memo.js";
import { PersistentVerifiedIds, type VerifiedIdStore } from "./persistent-verified-ids.js";
import { RecordKeeper } from "./record-keeper.js";
import { rememberedRecordIds } from "./remembered-record-ids.js";
import { rememberingVerifier } from "./remembering-verifier.js";

/** The worker's state, shared by its handlers. */
export interface WorkerContext {
  /** Verifies signatures (S7), remembering valid ones. */
  readonly verifier: Verifier;
  /** Record ids (R3) remembered by text: a vote judged again, or a document read by another handler, hashes no text twice. */
  readonly recordIdOf: RecordIdFunction;
  /** Ids whose signature verified, in memory and in the local database (S8). */
  readonly verified: PersistentVerifiedIds;
  readonly mirrors: DocumentMirrors;
  /** Results by the heads they were computed from (the membership fold among them). */
  readonly results: Memo<unknown>;
  /** Vote judgements (V9) by the documents and heads they were judged from, shared by the vote's reading and the proposal's stage (`voteJudge`). */
  readonly judgements: Memo<JudgedVote>;
  /** Results kept between sessions by the versions they were computed at (a chapter's proposal index). */
  readonly keptResults: KeptResultStore;
  /** The keeper of `url`'s records (D8, D9), made on first use. */
  keeper(url: DocumentUrl, type: DocumentType): RecordKeeper;
  /** Told of failures that cost only speed (the verified-id cache's storage). */
  readonly warn: (error: unknown) => void;
}

/** What a worker context is made from. */
export interface WorkerContextOptions {
  readonly verifier: Promise<Verifier>;
  readonly store: RecordStore;
  readonly verifiedIds: VerifiedIdStore;
  /** Where results are kept between sessions (default: in memory, for this context only). */
  readonly keptResults?: KeptResultStore;
  readonly warn: (error: unknown) => void;
}

/**
 * Verified ids held in memory: enough for the records of a 100,000-voter vote (about two per
 * voter: the admission and the ballot) with room to spare, so reading such a vote again finds
 * every id instead of thrashing a smaller cache (about 100 bytes each).
 */
export const VERIFIED_IDS_IN_MEMORY = 300_000;

/**
 * Vote judgements kept: a judgement holds every record of its vote parsed (tens of MB for 10,000
 * voters), so only the latest few — the vote on screen and the home's small ones — not one per change.
 */
export const JUDGEMENTS_KEPT = 8;

/** The context of the handlers, once the verifier is chosen. Rejects if no verifier can be made. */
export async function createWorkerContext(options: WorkerContextOptions): Promise<WorkerContext> {
  const verifier = rememberingVerifier(await options.verifier);
  const keepers = new Map<DocumentUrl, RecordKeeper>();
  return {
    verifier,
    recordIdOf: rememberedRecordIds(VERIFIED_IDS_IN_MEMORY),
    verified: new PersistentVerifiedIds(options.verifiedIds, { capacity: VERIFIED_IDS_IN_MEMORY }),
    mirrors: new DocumentMirrors(),
    results: new Memo<unknown>(128),
    judgements: new Memo<JudgedVote>(JUDGEMENTS_KEPT),
    keptResults: options.keptResults ?? createMemoryKeptResultStore(),
    keeper(url, type) {
      let keeper = keepers.get(url);
      if (keeper === undefined) keepers.set(url, (keeper = new RecordKeeper(options.store, url, type, options.warn)));
      return keeper;
    },
    warn: options.warn,
  };
}

/**
 * Runs `read` with the verified ids (S8) of the documents' records loaded first (a document new to
 * the device asked about by a sample first: `preloadDocuments`) and those it
 * verified saved after, without waiting for the save: writing a 100,000-voter vote's ids takes
 * seconds and the answer does not depend on it. A failing cache store costs only speed: it is
 * reported and the read goes on.
 * @throws whatever `read` throws.
 */
export async function withVerifiedIds<T>(context: WorkerContext, urls: readonly DocumentUrl[], read: () => Promise<T>): Promise<T> {
  const keys: string[][] = [];
  for (const url of urls) {
    // A snapshot not taken yet is taken in a task of its own: a screen's read waiting meanwhile comes first.
    if (!context.mirrors.hasDerived(url, "snapshot")) await nextTask();
    const documentKeys: string[] = [];
    for (const map of context.mirrors.snapshot(url).maps) for (const candidate of map.candidates) if ("text" in candidate) documentKeys.push(candidate.key);
    keys.push(documentKeys);
  }
  await context.verified.preloadDocuments(keys).catch(context.warn);
  const result = await read();
  void context.verified.flush().catch(context.warn);
  return result;
}

/**
 * The chokepoint's signature-level read of the worker's copy of `url` (D3.3–D3.7, `acceptAll`),
 * once per heads: what is a signed record at all, and every signature-valid record per map (D8).
 * The ids it verified join the verified-id cache. A read not kept yet runs in a task of its own
 * (after the messages already waiting), of the snapshot taken now: a read over many documents (an
 * organisation of 10,000 members in seventy Chapter documents, after a reload) lets a screen's
 * read in between two documents instead of holding the worker for all of them (issue 10).
 * @throws {MirrorMissing} if no copy is held; whatever the verifier throws.
 */
export function signedRecords(context: WorkerContext, url: DocumentUrl): Promise<DocumentRead> {
  return context.mirrors.derived(url, "signed", ({ type }) => {
    const snapshot = context.mirrors.snapshot(url);
    return nextTask()
      .then(() => readSnapshot(type, snapshot, context.verifier, { verified: context.verified, recordIdOf: context.recordIdOf, authorise: acceptAll }))
      .then((read) => {
        for (const record of read.records) context.verified.add(record.id);
        return read;
      });
  });
}
