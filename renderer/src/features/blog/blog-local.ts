/**
 * What the blog keeps on this device only (the device-local database's `settings` table, which
 * holds any key, so no new schema version): a post being written in a chapter — title, text and the
 * decisions it cites — so it survives a reload; a published post's text until it is posted; and a
 * comment being written, per post. Nothing of it is synced.
 */
import type { LocalDb } from "../../shared/data/local-db.js";
import { loadSettingText as loadText, saveSettingText as saveText } from "../../shared/data/setting-text.js";

/** A post being written. */
export interface PostDraft {
  readonly title: string;
  readonly text: string;
  readonly decisions: readonly string[];
}

const EMPTY: PostDraft = { title: "", text: "", decisions: [] };
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");

/** The post being written in `chapter` (an unreadable value reads as none). */
export async function loadPostDraft(db: LocalDb, chapter: string): Promise<PostDraft> {
  const value = (await db.settings.get(`blog-draft:${chapter}`))?.value as Partial<Record<keyof PostDraft, unknown>> | undefined;
  if (value === undefined || typeof value.title !== "string" || typeof value.text !== "string" || !isStrings(value.decisions)) return EMPTY;
  return { title: value.title, text: value.text, decisions: value.decisions };
}

/** Keeps the post being written in `chapter`, or forgets it when empty. */
export async function savePostDraft(db: LocalDb, chapter: string, draft: PostDraft): Promise<void> {
  const key = `blog-draft:${chapter}`;
  if (draft.title === "" && draft.text === "" && draft.decisions.length === 0) await db.settings.delete(key);
  else await db.settings.put({ key, value: { title: draft.title, text: draft.text, decisions: [...draft.decisions] } });
}

/** A published post's text, until it is posted on its room. */
export const loadPostText = (db: LocalDb, post: string) => loadText(db, `blog-text:${post}`);
export const savePostText = (db: LocalDb, post: string, text: string) => saveText(db, `blog-text:${post}`, text);
/** The comment being written on `post`. */
export const loadCommentDraft = (db: LocalDb, post: string) => loadText(db, `blog-comment:${post}`);
export const saveCommentDraft = (db: LocalDb, post: string, text: string) => saveText(db, `blog-comment:${post}`, text);
