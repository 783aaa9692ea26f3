import type { LocalDb } from "../data/local-db.js";

/** Where the member's choice of language is kept on this device. */
export interface LanguageStore {
  /** The stored choice, or undefined if the member never chose. Whatever was stored: callers check it. */
  load(): Promise<unknown>;
  save(language: string): Promise<void>;
}

const LANGUAGE = "language";

/**
 * The choice kept in the device-local database's `settings` table under the key `language`.
 * That table holds any key with any value, so this needs no new schema version.
 */
export function dexieLanguageStore(db: LocalDb): LanguageStore {
  return {
    load: async () => (await db.settings.get(LANGUAGE))?.value,
    save: async (language) => {
      await db.settings.put({ key: LANGUAGE, value: language });
    },
  };
}
