/**
 * What the forum keeps on this device only (the device-local database's `settings` table, which
 * holds any key, so no new schema version): a post being written, per topic, so it survives a
 * reload; a new topic's opening post until it is posted; and the topics and categories the member
 * watches or mutes, which the bell reads (notification-sources.ts). Nothing of it is synced.
 */
import type { LocalDb } from "../../shared/data/local-db.js";
import { loadSettingText as loadText, saveSettingText as saveText } from "../../shared/data/setting-text.js";

/** The topics and categories the member watches, and the topics muted in a watched category. */
export interface ForumWatches {
  readonly topics: readonly string[];
  readonly categories: readonly string[];
  readonly muted: readonly string[];
}

const NO_WATCHES: ForumWatches = { topics: [], categories: [], muted: [] };
const WATCHES = "forum-watches";
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** The post being written in `topic`. */
export const loadPostDraft = (db: LocalDb, topic: string) => loadText(db, `forum-draft:${topic}`);
export const savePostDraft = (db: LocalDb, topic: string, text: string) =>
  saveText(db, `forum-draft:${topic}`, text);
/** A new topic's opening post, until it is posted. */
export const loadOpeningPost = (db: LocalDb, topic: string) => loadText(db, `forum-opening:${topic}`);
export const saveOpeningPost = (db: LocalDb, topic: string, text: string) =>
  saveText(db, `forum-opening:${topic}`, text);

/** The member's watches on this device (an unreadable value reads as none). */
export async function loadWatches(db: LocalDb): Promise<ForumWatches> {
  const value = (await db.settings.get(WATCHES))?.value as
    Partial<Record<keyof ForumWatches, unknown>> | undefined;
  if (
    value === undefined ||
    !isStrings(value.topics) ||
    !isStrings(value.categories) ||
    !isStrings(value.muted)
  )
    return NO_WATCHES;
  return { topics: value.topics, categories: value.categories, muted: value.muted };
}

/** Keeps the member's watches. */
export async function saveWatches(db: LocalDb, watches: ForumWatches): Promise<void> {
  await db.settings.put({
    key: WATCHES,
    value: { topics: [...watches.topics], categories: [...watches.categories], muted: [...watches.muted] },
  });
}

/** `list` with `id` in it (`on`) or not. */
export function toggled(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((entry) => entry !== id);
}
