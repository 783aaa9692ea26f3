/**
 * Checking a relay address typed by a member. A relay (or a meeting host) is reached over a
 * WebSocket, so only `ws://` and `wss://` addresses are accepted, and a page served over https
 * may only open `wss://` (browsers block the other as mixed content).
 */

/** Why an address was refused, with a sentence to show the member. */
export class RelayUrlError extends Error {
  constructor(
    readonly reason: "empty" | "not-a-url" | "wrong-scheme" | "insecure-from-secure-page" | "has-credentials",
    message: string,
  ) {
    super(message);
    this.name = "RelayUrlError";
  }
}

/** A relay address in the one normal form used as its key (the WHATWG URL serialisation). */
export type RelayUrl = string & { readonly __relayUrl: true };

/**
 * Parses and normalises a relay address.
 * @param pageProtocol the protocol of the page the app is served from (`location.protocol`),
 *   so that a `ws://` address is refused where the browser would block it.
 * @throws {RelayUrlError} if the text is empty, not a URL, not `ws:`/`wss:`, carries a user
 *   name or password, or is `ws:` while the page is `https:`.
 */
export function parseRelayUrl(text: string, pageProtocol: string): RelayUrl {
  const trimmed = text.trim();
  if (trimmed === "")
    throw new RelayUrlError("empty", "Enter the relay's address, e.g. wss://relay.example.org.");
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new RelayUrlError(
      "not-a-url",
      `“${trimmed}” is not a web address. A relay address looks like wss://relay.example.org.`,
    );
  }
  if (url.protocol !== "ws:" && url.protocol !== "wss:") {
    throw new RelayUrlError(
      "wrong-scheme",
      `A relay address starts with wss:// (or ws:// on a local network), not ${url.protocol}//.`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new RelayUrlError("has-credentials", "A relay address must not contain a user name or password.");
  }
  if (url.protocol === "ws:" && pageProtocol === "https:") {
    throw new RelayUrlError(
      "insecure-from-secure-page",
      "This page is served over https, so the browser only allows secure relays: use wss:// instead of ws://.",
    );
  }
  url.hash = "";
  return url.href as RelayUrl;
}
