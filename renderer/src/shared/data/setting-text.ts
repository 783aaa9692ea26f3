/**
 * A text kept on this device only, under a key of the device-local database's `settings` table
 * (which holds any key, so no new schema version): what a feature keeps while the member writes
 * (a post's draft, a text waiting to be posted). Nothing of it is synced.
 */
import type { LocalDb } from "./local-db.js";

/** The text kept under `key`, or "" (whatever was stored is checked). */
export async function loadSettingText(db: LocalDb, key: string): Promise<string> {
  const value = (await db.settings.get(key))?.value;
  return typeof value === "string" ? value : "";
}

/** Keeps `text` under `key`, or forgets it when empty. */
export async function saveSettingText(db: LocalDb, key: string, text: string): Promise<void> {
  if (text === "") await db.settings.delete(key);
  else await db.settings.put({ key, value: text });
}
