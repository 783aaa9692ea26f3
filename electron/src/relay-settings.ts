/**
 * The relays the member added, kept by the main process for the page's CSP `connect-src`
 * (content-security-policy.ts). Stored as canonical JSON
 * `{"relays":[…],"type":"chapterhouse-relays","v":1}`; every URL is checked with
 * parseRelayUrl when set and again when read, so a damaged file can only shorten the list.
 */
import type { SetRelaysResult } from "@chapterhouse/crdt/desktop";
import { canonicalize, isObject, parseCanonical } from "@chapterhouse/crdt/records";
import { MAX_RELAYS, parseRelayUrl } from "./content-security-policy.js";
import type { TextFileStore } from "./text-file-store.js";

const TYPE = "chapterhouse-relays";

/** The relay list, loaded once, then read synchronously for every response's CSP. */
export interface RelaySettings {
  /** Reads the stored list; a missing or damaged file gives the empty list. */
  load(): Promise<readonly string[]>;
  /** The list as last loaded or set. */
  current(): readonly string[];
  /**
   * Checks every URL, then stores the normalised, de-duplicated list.
   * @throws the store's error if writing fails (the previous list stays).
   */
  set(relays: readonly string[]): Promise<SetRelaysResult>;
}

/** Relay settings kept in `store`. */
export function createRelaySettings(store: TextFileStore): RelaySettings {
  let relays: readonly string[] = [];
  return {
    async load() {
      relays = readList(await store.read());
      return relays;
    },
    current: () => relays,
    async set(urls) {
      if (urls.length > MAX_RELAYS)
        return { type: "invalid", url: "", reason: `at most ${MAX_RELAYS} relays` };
      const normalised: string[] = [];
      for (const url of urls) {
        const check = parseRelayUrl(url);
        if (check.type === "invalid") return { type: "invalid", url, reason: check.reason };
        if (!normalised.includes(check.relay.url)) normalised.push(check.relay.url);
      }
      await store.write(canonicalize({ relays: normalised, type: TYPE, v: 1 }));
      relays = Object.freeze(normalised);
      return { type: "saved", relays };
    },
  };
}

function readList(text: string | undefined): readonly string[] {
  if (text === undefined) return [];
  try {
    const value = parseCanonical(text);
    if (!isObject(value) || value["type"] !== TYPE || value["v"] !== 1 || !Array.isArray(value["relays"]))
      return [];
    const valid = (value["relays"] as unknown[]).flatMap((url) => {
      const check = parseRelayUrl(url);
      return check.type === "valid" ? [check.relay.url] : [];
    });
    return Object.freeze(valid.slice(0, MAX_RELAYS));
  } catch {
    return [];
  }
}
