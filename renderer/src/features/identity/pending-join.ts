import type { LocalDb } from "../../shared/data/local-db.js";
import { navigate } from "../../shared/routing/route-registry.js";

const KEY = "pendingJoin";

/** Remembers an invite the member opened before having an identity (its `#/join` query). */
export async function rememberPendingJoin(db: LocalDb, query: string): Promise<void> {
  await db.settings.put({ key: KEY, value: query });
}

/**
 * After an identity was created or restored: goes on to the invite the member opened before,
 * if any (forgetting it), else to the start.
 */
export async function continueAfterIdentity(db: LocalDb): Promise<void> {
  const row = await db.settings.get(KEY);
  if (typeof row?.value === "string") {
    await db.settings.delete(KEY);
    navigate({ name: "join", query: row.value });
  } else {
    navigate({ name: "home" });
  }
}
