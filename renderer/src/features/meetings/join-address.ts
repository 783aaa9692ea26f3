/**
 * Reading the join address (or just the code) of a meeting that a member typed or pasted
 * (electron/README.md E8.3, E9.2). The meeting host shows its join address
 * `http://ADDRESS:PORT/#/join?token=TOKEN` as text and a QR code; the token (the "code") is
 * never announced on the network, so a desktop that found a meeting by mDNS still needs it
 * from the organiser's screen, and may take the code alone since it knows where the meeting is.
 */

/** A meeting token as the host makes it (16 random bytes, unpadded base64url; sync-server W1.1 allows 16–128). */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** What is wrong with a typed join address. */
export type JoinAddressProblem = "empty" | "code-alone" | "not-an-address" | "has-credentials" | "not-a-join-address" | "wrong-scheme" | "no-code";

/** Why a join address was not understood: `code` for the screen to say in the member's language, the message for logs. */
export class JoinAddressError extends Error {
  constructor(
    readonly code: JoinAddressProblem,
    message: string,
  ) {
    super(message);
    this.name = "JoinAddressError";
  }
}

/** Where a meeting is and its code. */
export interface MeetingAddress {
  /** Host name or address, as in a URL (IPv6 in brackets). */
  readonly host: string;
  readonly port: number;
  readonly token: string;
  /** What a phone opens: the meeting's served app at its join route. */
  readonly joinUrl: string;
  /** The meeting's relay, for automerge-repo's WebSocket client. */
  readonly relayUrl: string;
}

/** A meeting found on the network: where it is, without a code. */
export interface FoundMeeting {
  /** IPv4 addresses, the first the one to use. */
  readonly addresses: readonly string[];
  readonly port: number;
}

/** The addresses of the meeting at `host:port` (secure or not) with `token`. Pure. */
export function meetingAddress(host: string, port: number, token: string, secure = false): MeetingAddress {
  const join = new URL(`${secure ? "https" : "http"}://${host}:${port}/`);
  join.hash = `/join?token=${token}`;
  const relay = new URL(`${secure ? "wss" : "ws"}://${host}:${port}/`);
  relay.searchParams.set("token", token);
  return { host: join.hostname, port, token, joinUrl: join.href, relayUrl: relay.href };
}

function portOf(url: URL): number {
  if (url.port !== "") return Number(url.port);
  return url.protocol === "https:" || url.protocol === "wss:" ? 443 : 80;
}

/**
 * Reads a join address, or, when `found` names the meeting, its code alone. Accepted: the join
 * address (`http(s)://HOST:PORT/#/join?token=T`, as shown or scanned), the relay address
 * (`ws(s)://HOST:PORT/?token=T`), or the code T. Pure.
 * @throws {JoinAddressError} saying what to type instead.
 */
export function readJoinAddress(text: string, found?: FoundMeeting): MeetingAddress {
  const typed = text.trim();
  if (typed === "") throw new JoinAddressError("empty", "Type the join address the organiser shows, or scan its QR code.");
  if (TOKEN.test(typed)) {
    const address = found?.addresses[0];
    if (found === undefined || address === undefined)
      throw new JoinAddressError("code-alone", "That looks like a meeting code on its own: type the whole join address, which says where the meeting is.");
    return meetingAddress(address, found.port, typed);
  }
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    throw new JoinAddressError("not-an-address", `“${typed}” is not a join address. A join address looks like http://192.168.1.20:3030/#/join?token=…`);
  }
  if (url.username !== "" || url.password !== "") throw new JoinAddressError("has-credentials", "A join address has no user name or password in it.");
  let token: string | null;
  if (url.protocol === "http:" || url.protocol === "https:") {
    const hash = url.hash.startsWith("#") ? url.hash.slice(1) : url.hash;
    const question = hash.indexOf("?");
    const route = question < 0 ? hash : hash.slice(0, question);
    if (route !== "/join") throw new JoinAddressError("not-a-join-address", "This is not a meeting's join address: it should end with #/join?token=…");
    token = new URLSearchParams(question < 0 ? "" : hash.slice(question + 1)).get("token");
  } else if (url.protocol === "ws:" || url.protocol === "wss:") {
    token = url.searchParams.get("token");
  } else {
    throw new JoinAddressError("wrong-scheme", "A join address starts with http:// (or https://).");
  }
  if (token === null || !TOKEN.test(token))
    throw new JoinAddressError("no-code", "This address has no meeting code: copy the whole join address, including the part after #.");
  return meetingAddress(url.hostname, portOf(url), token, url.protocol === "https:" || url.protocol === "wss:");
}
