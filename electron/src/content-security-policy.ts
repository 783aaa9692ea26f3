/**
 * The page's Content-Security-Policy: strict, yet enough for the app to run. Scripts only
 * from the app's own files ('wasm-unsafe-eval' lets Automerge compile its WebAssembly, it
 * allows no `eval` of text), never inline; connections to the app itself and to the
 * WebSocket relays the member added, each validated here so that no relay URL can smuggle
 * in a directive.
 */
import type { MeetingStatus } from "@chapterhouse/crdt/desktop";
import { parseUrl } from "./app-origin.js";

/** Most relays a policy lists. */
export const MAX_RELAYS = 64;
/** Longest relay URL accepted. */
export const MAX_RELAY_URL_LENGTH = 2048;

/**
 * The one inline style the page may apply (E2.1): react-aria's press handling (the renderer's
 * UI kit) inserts one fixed `<style>` (touch-action on pressable elements, which spares touch
 * screens the double-tap-zoom delay). Allowed by the hash of its exact text, so no other inline
 * style is; a react-aria upgrade that changes the text shows as a violation in the e2e tests.
 */
export const PRESS_STYLE_HASH = "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='";

/** A relay URL checked by parseRelayUrl. */
export interface RelayUrl {
  /** The URL as the WHATWG parser normalises it (path and query kept: a meeting's token). */
  readonly url: string;
  /** The CSP source expression: scheme, host and port only. */
  readonly source: string;
}

/** parseRelayUrl's answer. */
export type RelayUrlCheck =
  | { readonly type: "valid"; readonly relay: RelayUrl }
  | { readonly type: "invalid"; readonly reason: string };

// One DNS label: letters, digits and inner hyphens (punycode `xn--` labels fit).
const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const DNS_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * Checks a relay address: a `ws:` or `wss:` URL the WHATWG parser accepts, with no user name
 * or password, whose host (after the parser's normalisation: lower case, punycode, IPv4
 * forms) is a DNS name, an IPv4 address or a bracketed IPv6 address. Anything else, such as
 * a host holding `;`, `,` or a quote, is refused, so the CSP built from it cannot be bent.
 * Never throws.
 */
export function parseRelayUrl(text: unknown): RelayUrlCheck {
  if (typeof text !== "string") return { type: "invalid", reason: "a relay address must be text" };
  if (text.length > MAX_RELAY_URL_LENGTH)
    return { type: "invalid", reason: `a relay address is at most ${MAX_RELAY_URL_LENGTH} characters` };
  const url = parseUrl(text);
  if (url === undefined) return { type: "invalid", reason: "not a URL" };
  if (url.protocol !== "ws:" && url.protocol !== "wss:")
    return { type: "invalid", reason: "a relay address starts with ws:// or wss://" };
  if (url.username !== "" || url.password !== "")
    return { type: "invalid", reason: "a relay address has no user name or password" };
  const host = url.hostname;
  if (!(IPV4.test(host) || IPV6.test(host) || DNS_NAME.test(host)))
    return { type: "invalid", reason: "the relay's host name is not valid" };
  return { type: "valid", relay: { url: url.href, source: `${url.protocol}//${url.host}` } };
}

/**
 * The policy for the app's page, allowing connections to `relays` (ws:/wss: URLs):
 * `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' <PRESS_STYLE_HASH>;
 * connect-src 'self' <relays>; img-src 'self' data:; object-src 'none'; base-uri 'none';
 * frame-ancestors 'none'; form-action 'none'`. Relays are reduced to scheme, host and port, de-duplicated and
 * sorted, so the same list always gives the same text.
 * @throws {RangeError} if a relay fails parseRelayUrl (naming it and why) or there are more
 *   than MAX_RELAYS.
 */
export function contentSecurityPolicy(relays: readonly string[]): string {
  if (relays.length > MAX_RELAYS) throw new RangeError(`at most ${MAX_RELAYS} relays`);
  const sources = new Set<string>();
  for (const relay of relays) {
    const check = parseRelayUrl(relay);
    if (check.type === "invalid") throw new RangeError(`relay ${JSON.stringify(relay)}: ${check.reason}`);
    sources.add(check.relay.source);
  }
  const connect = ["'self'", ...[...sources].sort()].join(" ");
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `style-src 'self' ${PRESS_STYLE_HASH}`,
    `connect-src ${connect}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The policy of each response of the app's page (E2.4): the relays the member set, plus the
 * relay of the meeting this desktop hosts while it runs. At most MAX_RELAYS in all: while
 * hosting, the meeting's relay comes first and the member's list is cut to make room.
 * @throws {RangeError} as contentSecurityPolicy does, for a relay that fails parseRelayUrl
 *   (relay-settings.ts stores only relays that pass it).
 */
export function pageContentSecurityPolicy(memberRelays: readonly string[], meeting: MeetingStatus): string {
  return contentSecurityPolicy(
    meeting.type === "hosting"
      ? [meeting.meeting.relayUrl, ...memberRelays.slice(0, MAX_RELAYS - 1)]
      : memberRelays.slice(0, MAX_RELAYS),
  );
}
