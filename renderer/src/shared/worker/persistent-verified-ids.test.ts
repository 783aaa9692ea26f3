import { createVerifier, POLICY_VERSION, type RecordId, type SignatureCheck, type Verifier } from "@chapterhouse/crdt";
import { describe, expect, it } from "vitest";
import { createMemoryVerifiedIdStore } from "./dexie-verified-id-store.js";
import { PersistentVerifiedIds } from "./persistent-verified-ids.js";
import { readWithCache } from "../../features/organisation/read-with-cache.js";
import { geneses, organisationOf } from "../../features/organisation/test-helpers/organisation-snapshots.js";

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

describe("the persistent verified-id cache", () => {
  it("[S8] ids verified in one session are skipped in the next, which checks only new signatures", async () => {
    const store = createMemoryVerifiedIdStore();
    const records = await geneses(3);
    const first = await countingVerifier();
    const read1 = await readWithCache(organisationOf(records.slice(0, 2)), first, new PersistentVerifiedIds(store), (e) => {
      throw e;
    });
    expect(read1.fold.roster.chapters.size).toBe(2);
    expect(first.checked).toBe(2);
    expect(store.saved.size).toBe(2);

    // A new session (a reload): a fresh memory cache over the same store.
    const second = await countingVerifier();
    const read2 = await readWithCache(organisationOf(records), second, new PersistentVerifiedIds(store), (e) => {
      throw e;
    });
    expect(read2.fold.roster.chapters.size).toBe(3);
    expect(second.checked).toBe(1);
  });

  it("[S8] a verdict stored under another policy version is not reused", async () => {
    const store = createMemoryVerifiedIdStore();
    const [record] = await geneses(1);
    await store.save([record!.id], POLICY_VERSION + 1);
    const verifier = await countingVerifier();
    await readWithCache(organisationOf([record!]), verifier, new PersistentVerifiedIds(store), () => undefined);
    expect(verifier.checked).toBe(1);
    expect(store.saved.has(`${POLICY_VERSION}:${record!.id}`)).toBe(true);
  });

  it("[S8] a stored id skips no signature of a text that does not hash to it (R3 comes first)", async () => {
    const store = createMemoryVerifiedIdStore();
    const [good, other] = await geneses(2);
    await store.save([good!.id], POLICY_VERSION);
    // A vandal puts another record's text under the verified id: the key no longer matches.
    const input = organisationOf([good!]);
    const swapped = {
      ...input,
      organisation: {
        ...input.organisation,
        snapshot: { ...input.organisation.snapshot, maps: [{ map: "chapters", candidates: [{ key: good!.id, text: other!.text }] }] },
      },
    };
    const verifier = await countingVerifier();
    const read = await readWithCache(swapped, verifier, new PersistentVerifiedIds(store), () => undefined);
    expect(read.fold.roster.chapters.size).toBe(0);
    expect(read.documents.get(input.organisation.url)?.rejections.map((r) => r.reason)).toEqual(["wrong-id"]);
  });

  it("a failing store costs only speed: the read goes on and the failure is reported", async () => {
    const failures: unknown[] = [];
    const broken = { load: () => Promise.reject(new Error("disk gone")), save: () => Promise.reject(new Error("disk gone")) };
    const verifier = await countingVerifier();
    const read = await readWithCache(organisationOf(await geneses(2)), verifier, new PersistentVerifiedIds(broken), (e) => failures.push(e));
    expect(read.fold.roster.chapters.size).toBe(2);
    expect(failures).toHaveLength(2);
    const cache = new PersistentVerifiedIds(createMemoryVerifiedIdStore());
    cache.add("x" as RecordId);
    expect(cache.has("x" as RecordId)).toBe(true);
  });
});
