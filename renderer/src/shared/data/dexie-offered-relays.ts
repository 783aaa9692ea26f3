import type { OfferedRelays } from "./connect-served-relay.js";
import type { LocalDb } from "./local-db.js";
import type { RelayUrl } from "./relay-url.js";

/** The settings key of the relays offered because they served the page (a list of addresses). */
export const SERVED_RELAYS_OFFERED = "servedRelaysOffered";

/** At most this many addresses are remembered (each meeting adds one); the oldest are forgotten. */
const MAX_REMEMBERED = 64;

/** The relays offered on this device, kept in the local database's `settings` table. */
export function createDexieOfferedRelays(db: LocalDb): OfferedRelays {
  const read = async (): Promise<string[]> => {
    const row = await db.settings.get(SERVED_RELAYS_OFFERED);
    const value = row?.value;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  };
  return {
    list: read,
    async remember(url: RelayUrl) {
      await db.transaction("rw", db.settings, async () => {
        const list = (await read()).filter((u) => u !== url);
        await db.settings.put({ key: SERVED_RELAYS_OFFERED, value: [...list, url].slice(-MAX_REMEMBERED) });
      });
    },
  };
}
