/**
 * The relay that served this page (PROTOCOL.md W6.5). A relay started with `--web` (`npm start`,
 * a meeting host) serves the app and answers `GET /relay.json` with
 * `{"v":1,"websocket":"same-origin","tokenRequired":B}`: its WebSocket is at the page's own host,
 * path `/`. This file is the pure decision of what to do with that answer; the fetch and the
 * settings are `connect-served-relay.ts`.
 */
import type { RelayKind } from "./connection-settings.js";
import { parseRelayUrl, type RelayUrl } from "./relay-url.js";

/** The body of `GET /relay.json` (W6.5). */
export interface RelayInfo {
  readonly v: 1;
  readonly websocket: "same-origin";
  readonly tokenRequired: boolean;
}

/** True when `value` is a relay.json body this app understands (extra members are ignored). Never throws. */
export function isRelayInfo(value: unknown): value is RelayInfo {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const info = value as Record<string, unknown>;
  return info["v"] === 1 && info["websocket"] === "same-origin" && typeof info["tokenRequired"] === "boolean";
}

/** A meeting token as the meeting host makes it (base64url, electron meeting-host.ts). */
const MEETING_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * The meeting token of a join link, read from the page's fragment: the `token` parameter of the
 * route's query (`#/join?token=T`, meeting-host.ts `meetingUrls`), or undefined if there is none
 * or it is malformed. An invite's own secret (`t`) is something else and never taken. Never throws.
 */
export function meetingTokenOf(hash: string): string | undefined {
  const question = hash.indexOf("?");
  if (question < 0) return undefined;
  const token = new URLSearchParams(hash.slice(question + 1)).get("token");
  return token !== null && MEETING_TOKEN.test(token) ? token : undefined;
}

/** True when the page at `pageUrl` was served over http or https (not a file or custom protocol). Never throws. */
export function isHttpPage(pageUrl: string): boolean {
  try {
    const { protocol } = new URL(pageUrl);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** What the app knows when it starts. */
export interface ServedRelayInput {
  /** The page's address (`location.href`), fragment included (a join link's token is there). */
  readonly pageUrl: string;
  /** The parsed body of `relay.json` beside the page, or undefined if it did not answer JSON. */
  readonly info: unknown;
  /** Relay addresses offered this way before, on this device (whether or not still listed). */
  readonly offered: readonly string[];
}

/** What to do. */
export type ServedRelayDecision =
  | { readonly type: "add"; readonly url: RelayUrl; readonly kind: RelayKind }
  | {
      readonly type: "none";
      readonly reason: "not-http" | "not-a-relay" | "no-token" | "already-offered";
    };

/**
 * Decides whether to add the relay that served the page (W6.5): only for pages served over
 * http(s) whose `relay.json` has the W6.5 shape. Without a token requirement it is a standing
 * relay at `ws(s)://<page host>/`; with one, it is a meeting host at
 * `ws(s)://<page host>/?token=T`, T from the join link (none: nothing to add). Each address is
 * offered once per device: a member who removed it is not overridden on the next start (a new
 * meeting has a new token, hence a new address). Pure; never throws.
 */
export function decideServedRelay(input: ServedRelayInput): ServedRelayDecision {
  if (!isHttpPage(input.pageUrl)) return { type: "none", reason: "not-http" };
  const page = new URL(input.pageUrl);
  if (!isRelayInfo(input.info)) return { type: "none", reason: "not-a-relay" };
  const token = input.info.tokenRequired ? meetingTokenOf(page.hash) : undefined;
  if (input.info.tokenRequired && token === undefined) return { type: "none", reason: "no-token" };
  const address = new URL(`${page.protocol === "https:" ? "wss:" : "ws:"}//${page.host}/`);
  if (token !== undefined) address.searchParams.set("token", token);
  const url = parseRelayUrl(address.href, page.protocol);
  if (input.offered.includes(url)) return { type: "none", reason: "already-offered" };
  return { type: "add", url, kind: token === undefined ? "relay" : "meeting" };
}
