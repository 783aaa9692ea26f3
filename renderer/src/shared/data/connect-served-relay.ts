import type { RelayKind } from "./connection-settings.js";
import type { RelayUrl } from "./relay-url.js";
import { decideServedRelay, isHttpPage, type ServedRelayDecision } from "./served-relay.js";

/** Where the relays offered this way are remembered (the device-local settings). */
export interface OfferedRelays {
  /** Every address offered before. Rejects if storage fails. */
  list(): Promise<readonly string[]>;
  /** Remembers that `url` was offered. Rejects if storage fails. */
  remember(url: RelayUrl): Promise<void>;
}

/** What `connectServedRelay` needs from the page. */
export interface ServedRelayDeps {
  /** The page's address, fragment included (`location.href`). */
  readonly pageUrl: string;
  /** `fetch`, bound to the page. */
  readonly fetch: (url: string, init: RequestInit) => Promise<Response>;
  readonly offered: OfferedRelays;
  /** Adds the relay to the settings (`RelayManager.addRelay`). */
  readonly addRelay: (url: RelayUrl, kind: RelayKind) => Promise<unknown>;
}

/** A relay.json larger than this is not one (W6.5's body is some 60 bytes). */
const MAX_RELAY_INFO_BYTES = 4096;

/**
 * Reads `relay.json` beside the page (PROTOCOL.md W6.5) and, if `decideServedRelay` says so,
 * adds the relay that served the page and remembers it was offered. Any server that is not a
 * relay (a 404, HTML, no network) means "not served by a relay": nothing changes and nothing is
 * reported. Resolves with the decision.
 * @throws only if the settings cannot be read or written (the caller reports it).
 */
export async function connectServedRelay(deps: ServedRelayDeps): Promise<ServedRelayDecision> {
  if (!isHttpPage(deps.pageUrl)) return { type: "none", reason: "not-http" };
  const info = await fetchRelayInfo(deps);
  const decision = decideServedRelay({ pageUrl: deps.pageUrl, info, offered: info === undefined ? [] : await deps.offered.list() });
  if (decision.type === "add") {
    await deps.addRelay(decision.url, decision.kind);
    await deps.offered.remember(decision.url);
  }
  return decision;
}

async function fetchRelayInfo(deps: ServedRelayDeps): Promise<unknown> {
  try {
    const url = new URL("relay.json", deps.pageUrl);
    url.hash = "";
    const response = await deps.fetch(url.href, { cache: "no-store", credentials: "same-origin", redirect: "error" });
    // Read the body whatever the status, so the request completes rather than being aborted.
    const text = await response.text();
    const type = response.headers.get("content-type") ?? "";
    if (!response.ok || !type.startsWith("application/json") || text.length > MAX_RELAY_INFO_BYTES) return undefined;
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // no network, a redirect, not JSON: not served by a relay
  }
}
