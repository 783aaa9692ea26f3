import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import type { RecordId } from "@chapterhouse/crdt/records";
import {
  POLICY_VERSION,
  createVerifier,
  type SignatureCheck,
  type Verifier,
} from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { organisationHandlers } from "../../features/organisation/worker-handlers.js";
import { ORGANISATION_URL, geneses, organisationBytes, underOwnIds } from "../../features/organisation/test-helpers/organisation-snapshots.js";
import { createMemoryVerifiedIdStore } from "./dexie-verified-id-store.js";
import { documentHandlers } from "./document-handlers.js";
import { bindHandlers } from "./handler.js";
import { PersistentVerifiedIds, SAMPLED_IDS, type VerifiedIdStore } from "./persistent-verified-ids.js";
import { createWorkerContext } from "./worker-context.js";

/** The real verifier, counting the signatures it is asked to check. */
async function countingVerifier(): Promise<Verifier & { checked: number }> {
  const inner = await createVerifier();
  const counter = {
    backend: inner.backend,
    checked: 0,
    verifyBatch(checks: readonly SignatureCheck[]) {
      counter.checked += checks.length;
      return inner.verifyBatch(checks);
    },
  };
  return counter;
}

/** A fresh worker (a session: a reload makes a new one) over `store`, reading an Organisation document holding `texts`. */
async function readIn(store: VerifiedIdStore, verifier: Verifier, texts: Readonly<Record<string, string>>, warn: (error: unknown) => void = (e) => { throw e; }) {
  const worker = bindHandlers({ ...documentHandlers, ...organisationHandlers }, createWorkerContext({ verifier: Promise.resolve(verifier), store: createMemoryRecordStore(), verifiedIds: store, warn }));
  await worker.syncDocuments([{ url: ORGANISATION_URL, type: "organisation", bytes: organisationBytes(texts) }]);
  const read = await worker.readOrganisation({ organisation: ORGANISATION_URL, chapters: [] });
  if (!("fold" in read)) throw new TypeError("a read without a bound is never a roster part");
  return read;
}

describe("the persistent verified-id cache", () => {
  it("[S8] ids verified in one session are skipped in the next, which checks only new signatures", async () => {
    const store = createMemoryVerifiedIdStore();
    const records = await geneses(3);
    const first = await countingVerifier();
    expect((await readIn(store, first, underOwnIds(records.slice(0, 2)))).roster.chapters.length).toBe(2);
    expect(first.checked).toBe(2);
    expect(store.saved.size).toBe(2);

    const second = await countingVerifier();
    expect((await readIn(store, second, underOwnIds(records))).roster.chapters.length).toBe(3);
    expect(second.checked).toBe(1);
  });

  it("[S8] a verdict stored under another policy version is not reused", async () => {
    const store = createMemoryVerifiedIdStore();
    const [record] = await geneses(1);
    await store.save([record!.id], POLICY_VERSION + 1);
    const verifier = await countingVerifier();
    await readIn(store, verifier, underOwnIds([record!]));
    expect(verifier.checked).toBe(1);
    expect(store.saved.has(`${POLICY_VERSION}:${record!.id}`)).toBe(true);
  });

  it("[S8] a stored id skips no signature of a text that does not hash to it (R3 comes first)", async () => {
    const store = createMemoryVerifiedIdStore();
    const [good, other] = await geneses(2);
    await store.save([good!.id], POLICY_VERSION);
    // A vandal puts another record's text under the verified id: the key no longer matches.
    const verifier = await countingVerifier();
    const read = await readIn(store, verifier, { [good!.id]: other!.text });
    expect(read.roster.chapters.length).toBe(0);
    expect(read.geneses).toEqual([]);
    expect(verifier.checked).toBe(0);
  });

  it("a failing store costs only speed: the read goes on and the failure is reported", async () => {
    const failures: unknown[] = [];
    const broken = { load: () => Promise.reject(new Error("disk gone")), save: () => Promise.reject(new Error("disk gone")) };
    const read = await readIn(broken, await countingVerifier(), underOwnIds(await geneses(2)), (e) => failures.push(e));
    expect(read.roster.chapters.length).toBe(2);
    expect(failures).toHaveLength(2);
    const cache = new PersistentVerifiedIds(createMemoryVerifiedIdStore());
    cache.add("x" as RecordId);
    expect(cache.has("x" as RecordId)).toBe(true);
  });

  it("[S8] [issue 10] a document new to the device costs the store a sample of lookups, not one per record; a document it verified before is looked up whole", async () => {
    const store = createMemoryVerifiedIdStore();
    const asked: string[] = [];
    const counting: VerifiedIdStore = { load: (ids, policy) => (asked.push(...ids), store.load(ids, policy)), save: (ids, policy) => store.save(ids, policy) };
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, "0")}`);
    const fresh = ids("new", 1000);
    const seen = ids("old", 1000);
    const small = ids("few", SAMPLED_IDS);
    // Of the document seen before, a tenth was verified (every tenth id): the sample finds some.
    await store.save(seen.filter((_, i) => i % 10 === 0), POLICY_VERSION);
    const cache = new PersistentVerifiedIds(counting);

    await cache.preloadDocuments([fresh, seen, small]);

    expect(asked.filter((id) => id.startsWith("new"))).toHaveLength(SAMPLED_IDS);
    expect(asked.filter((id) => id.startsWith("old")).sort()).toEqual(seen);
    expect(asked.filter((id) => id.startsWith("few"))).toEqual(small);
    expect(seen.filter((id) => cache.has(id as RecordId))).toEqual(seen.filter((_, i) => i % 10 === 0));
    expect(fresh.some((id) => cache.has(id as RecordId))).toBe(false);
    // Nothing in memory is asked again.
    asked.length = 0;
    await cache.preloadDocuments([seen.filter((_, i) => i % 10 === 0)]);
    expect(asked).toEqual([]);
  });
});
