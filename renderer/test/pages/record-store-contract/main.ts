/**
 * Registers crdt's RecordStore contract cases against the Dexie record store, each on a fresh
 * IndexedDB database, and lets the test run them by name: `window.__recordStoreContract`.
 */
import { recordStoreContract } from "@chapterhouse/crdt/chokepoint";
import { createDexieRecordStore } from "../../../src/shared/documents/dexie-record-store.js";
import { openLocalDb } from "../../../src/shared/data/local-db.js";

declare global {
  interface Window {
    __recordStoreContract?: { names: string[]; run(name: string): Promise<void> };
  }
}

const cases = new Map<string, () => Promise<void>>();
let databases = 0;
recordStoreContract(
  "dexie",
  () => createDexieRecordStore(openLocalDb(`record-store-contract-${++databases}`)),
  {
    describe: (_name, body) => body(),
    it: (name, body) => void cases.set(name, body),
  },
);

window.__recordStoreContract = {
  names: [...cases.keys()],
  async run(name) {
    const body = cases.get(name);
    if (body === undefined) throw new Error(`no contract case named ${name}`);
    await body();
  },
};
