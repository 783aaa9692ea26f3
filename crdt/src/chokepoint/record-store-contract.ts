/**
 * The one contract every RecordStore implementation passes (PROTOCOL.md D8). Framework-free:
 * the caller hands in its test runner's `describe` and `it`, so the renderer runs the same
 * cases against its Dexie store, e.g.
 * `recordStoreContract("dexie", () => openStore(fresh()), { describe, it })`.
 * Each case throws an Error when the store breaks the contract.
 */
import type { DocumentUrl } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import type { RecordScope, RecordStore, StoredRecord } from "./record-store.js";

/** The two functions of a test runner the contract needs (vitest's and mocha's fit). */
export interface ContractHarness {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void>): void;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`record store contract: ${message}`);
}

function sample(n: number): StoredRecord {
  const text = `{"contract":${n}}`;
  return { id: recordIdOf(text), text };
}

const here: RecordScope = { document: "automerge:contractDocumentOne" as DocumentUrl, map: "governance" };
const otherMap: RecordScope = { document: here.document, map: "decisions" };
const otherDocument: RecordScope = { document: "automerge:contractDocumentTwo" as DocumentUrl, map: "governance" };

function ids(records: readonly StoredRecord[]): string {
  return records.map((r) => r.id).join(",");
}

/**
 * Registers the RecordStore contract cases under `describe(name)`. `makeStore` returns a new,
 * empty store for each case.
 * @throws nothing itself; each registered case throws an Error on a contract violation.
 */
export function recordStoreContract(name: string, makeStore: () => RecordStore | Promise<RecordStore>, t: ContractHarness): void {
  t.describe(`RecordStore contract: ${name}`, () => {
    t.it("[D8.1] a record put in a scope is held, readable by id and listed in its scope", async () => {
      const store = await makeStore();
      const r = sample(1);
      check((await store.put(here, [r])) === 1, "put of a new record should resolve to 1");
      check(await store.has(r.id), "has() should be true after put");
      check((await store.get(r.id)) === r.text, "get() should return the text");
      const listed = await store.list(here);
      check(listed.length === 1 && listed[0]?.id === r.id && listed[0].text === r.text, "list() should return the record");
    });

    t.it("[D8.2] putting a record already held in that scope again is a no-op", async () => {
      const store = await makeStore();
      const r = sample(2);
      await store.put(here, [r]);
      check((await store.put(here, [r, r])) === 0, "a second put should add nothing");
      check(ids(await store.list(here)) === r.id, "the scope should list the record once");
      check((await store.get(r.id)) === r.text, "the text should be unchanged");
    });

    t.it("[D8.3] one record found in two scopes is listed in both", async () => {
      const store = await makeStore();
      const r = sample(3);
      await store.put(here, [r]);
      check((await store.put(otherDocument, [r])) === 1, "the second scope is new");
      check(ids(await store.list(here)) === r.id && ids(await store.list(otherDocument)) === r.id, "both scopes should list it");
    });

    t.it("[D8.4] a text that does not hash to its id is refused, and nothing of its batch is stored", async () => {
      const store = await makeStore();
      const good = sample(4);
      const bad: StoredRecord = { id: sample(5).id, text: sample(6).text };
      let refused = false;
      try {
        await store.put(here, [good, bad]);
      } catch {
        refused = true;
      }
      check(refused, "put should reject");
      check(!(await store.has(good.id)) && !(await store.has(bad.id)), "nothing of the batch should be held");
      check((await store.list(here)).length === 0, "the scope should be empty");
    });

    t.it("[D8.5] list returns only its own scope, sorted by id", async () => {
      const store = await makeStore();
      const records = Array.from({ length: 50 }, (_, i) => sample(100 + i));
      await store.put(here, records.slice(0, 30));
      await store.put(otherMap, records.slice(30, 40));
      await store.put(otherDocument, records.slice(40));
      const expected = records.slice(0, 30).map((r) => r.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      check(ids(await store.list(here)) === expected.join(","), "list should be the scope's ids in code-unit order");
      check((await store.list(otherMap)).length === 10, "another map of the document is another scope");
      check((await store.list(otherDocument)).length === 10, "another document is another scope");
    });

    t.it("[D8.6] an unknown id is not held and an empty scope lists nothing", async () => {
      const store = await makeStore();
      const unknown = sample(7).id;
      check(!(await store.has(unknown)), "has() of an unknown id should be false");
      check((await store.get(unknown)) === undefined, "get() of an unknown id should be undefined");
      check((await store.list(here)).length === 0, "a fresh store lists nothing");
    });

    t.it("[D8.7] the store offers no way to remove or change a record", async () => {
      const store = (await makeStore()) as unknown as Record<string, unknown>;
      for (const method of ["delete", "remove", "clear", "update", "replace", "set"]) {
        check(typeof store[method] !== "function", `the store should have no ${method}()`);
      }
    });

    t.it("[D8.8] concurrent puts of the same records settle with each record held once", async () => {
      const store = await makeStore();
      const records = Array.from({ length: 20 }, (_, i) => sample(200 + i));
      const added = await Promise.all([store.put(here, records), store.put(here, records), store.put(here, records.slice(5))]);
      check(added.reduce((a, b) => a + b, 0) === 20, `the puts should add 20 pairs in all, added ${added.join("+")}`);
      check((await store.list(here)).length === 20, "the scope should hold 20 records");
    });
  });
}
