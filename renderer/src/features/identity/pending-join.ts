import type { LocalDb } from "../../shared/data/local-db.js";
import { navigate, START_HREF } from "../../shared/routing/navigate.js";

const KEY = "pendingJoin";

/** Remembers the invite the member opened before having an identity: its join link (`#/join?…`). */
export async function rememberPendingJoin(db: LocalDb, joinHref: string): Promise<void> {
  await db.settings.put({ key: KEY, value: joinHref });
}

/**
 * After an identity was created or restored: goes on to the invite the member opened before,
 * if any (forgetting it), else to the start.
 */
export async function continueAfterIdentity(db: LocalDb): Promise<void> {
  const row = await db.settings.get(KEY);
  if (typeof row?.value === "string") {
    await db.settings.delete(KEY);
    // Only an in-app link is followed (a value stored by an older version held the bare query).
    navigate(row.value.startsWith("#/") ? row.value : START_HREF);
  } else {
    navigate(START_HREF);
  }
}
