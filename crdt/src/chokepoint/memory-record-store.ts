import type { RecordId } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import { RecordStoreError, type RecordScope, type RecordStore, type StoredRecord } from "./record-store.js";

function scopeKey(scope: RecordScope): string {
  return JSON.stringify([scope.document, scope.map]);
}

/**
 * A RecordStore in memory (D8): for tests, tools and the CLI. Each call returns a new,
 * independent store; nothing is shared between stores.
 */
export function createMemoryRecordStore(): RecordStore {
  const texts = new Map<RecordId, string>();
  const scopes = new Map<string, Set<RecordId>>();
  return {
    put(scope, records) {
      for (const { id, text } of records) {
        if (typeof text !== "string" || recordIdOf(text) !== id) {
          return Promise.reject(new RecordStoreError("wrong-id", `text of ${String(id)} does not hash to its id`));
        }
      }
      const key = scopeKey(scope);
      let ids = scopes.get(key);
      if (ids === undefined) scopes.set(key, (ids = new Set()));
      let added = 0;
      for (const { id, text } of records) {
        if (!texts.has(id)) texts.set(id, text);
        if (!ids.has(id)) {
          ids.add(id);
          added++;
        }
      }
      return Promise.resolve(added);
    },
    has: (id) => Promise.resolve(texts.has(id)),
    get: (id) => Promise.resolve(texts.get(id)),
    list(scope) {
      const ids = [...(scopes.get(scopeKey(scope)) ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return Promise.resolve(ids.map((id): StoredRecord => ({ id, text: texts.get(id) ?? "" })));
    },
  };
}
