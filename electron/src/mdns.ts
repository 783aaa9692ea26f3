/**
 * Meetings on the local network by mDNS / DNS-SD (bonjour-service): the host announces
 * `_chapterhouse._tcp` with its meeting's name and port; other desktops browse and list them.
 *
 * The meeting token is never announced. Anyone on the room's network hears mDNS, so a token
 * in the TXT record would let anyone in; the token travels only in the join address and its
 * QR code, which the organiser shows to the people in the room. A listed meeting therefore
 * tells a desktop where to connect, and joining asks for the join address (or its QR code).
 * TXT holds exactly `v` (this format, "1") and `path` (where the app is served, "/").
 */
import Bonjour from "bonjour-service";
import type { DiscoveredMeeting } from "@chapterhouse/crdt/desktop";
import type { Announcement } from "./meeting-host.js";

/** DNS-SD service type: `_chapterhouse._tcp`. */
export const MEETING_SERVICE_TYPE = "chapterhouse";
/** The TXT format version. */
export const MEETING_TXT_VERSION = "1";
/** How long announcing may take (probing for name conflicts takes about a second). */
export const ANNOUNCE_TIMEOUT_MS = 5000;

/** What is announced: deliberately no token. */
export interface AnnouncedMeeting {
  readonly name: string;
  readonly port: number;
}

/** The bonjour-service configuration that announces `meeting`. Pure. */
export function meetingServiceConfig(meeting: AnnouncedMeeting): {
  name: string;
  type: string;
  protocol: "tcp";
  port: number;
  txt: { v: string; path: string };
} {
  return {
    name: meeting.name,
    type: MEETING_SERVICE_TYPE,
    protocol: "tcp",
    port: meeting.port,
    txt: { v: MEETING_TXT_VERSION, path: "/" },
  };
}

/** The parts of a discovered bonjour-service Service that are read. */
export interface ServiceLike {
  readonly name?: unknown;
  readonly host?: unknown;
  readonly port?: unknown;
  readonly addresses?: unknown;
  readonly referer?: { readonly address?: unknown } | undefined;
  readonly txt?: unknown;
}

/**
 * A discovered service as a meeting, or undefined if it is not a meeting this app can join:
 * TXT version other than MEETING_TXT_VERSION, a name of 0 or more than 63 UTF-8 bytes or with
 * control characters, a port outside 1–65535, a path not starting with "/", or no IPv4
 * address. Addresses: the one that answered first, then the announced ones, IPv4 only,
 * each once. Everything heard on the network is untrusted input. Pure; never throws.
 */
export function meetingFromService(service: ServiceLike): DiscoveredMeeting | undefined {
  const { name, host, port, txt } = service;
  if (
    typeof name !== "string" ||
    name === "" ||
    new TextEncoder().encode(name).length > 63 ||
    /\p{Cc}/u.test(name)
  )
    return undefined;
  if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  if (
    typeof txt !== "object" ||
    txt === null ||
    (txt as Record<string, unknown>)["v"] !== MEETING_TXT_VERSION
  )
    return undefined;
  const path = (txt as Record<string, unknown>)["path"] ?? "/";
  if (typeof path !== "string" || !path.startsWith("/") || path.length > 256 || /\p{Cc}/u.test(path))
    return undefined;
  const candidates = [
    service.referer?.address,
    ...(Array.isArray(service.addresses) ? (service.addresses as unknown[]) : []),
  ];
  const addresses = [
    ...new Set(
      candidates.filter((address): address is string => typeof address === "string" && isDottedIPv4(address)),
    ),
  ];
  if (addresses.length === 0) return undefined;
  const hostName = typeof host === "string" && host.length <= 255 && !/\p{Cc}/u.test(host) ? host : "";
  return { name, host: hostName, port, addresses, path };
}

/**
 * Announces a meeting on the network, from the interface with IPv4 address `address` if
 * given. Resolves once the announcement is out; `stop()` sends the goodbye and closes the
 * mDNS socket.
 * @throws {Error} if it is not out within ANNOUNCE_TIMEOUT_MS (e.g. another meeting on the
 *   network has the same name, or multicast is unavailable); the socket is closed then.
 */
export async function announceMeeting(meeting: AnnouncedMeeting, address?: string): Promise<Announcement> {
  const errors: unknown[] = [];
  const bonjour = new Bonjour(socketOptions(address), (error: unknown) => errors.push(error));
  const service = bonjour.publish(meetingServiceConfig(meeting));
  const destroy = () => new Promise<void>((resolve) => bonjour.destroy(() => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `the meeting could not be announced within ${ANNOUNCE_TIMEOUT_MS} ms${errors.length > 0 ? `: ${String(errors[0])}` : " (is its name in use on the network?)"}`,
            ),
          ),
        ANNOUNCE_TIMEOUT_MS,
      );
      service.once("up", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  } catch (error) {
    await destroy();
    throw error;
  }
  return {
    stop: async () => {
      await new Promise<void>((resolve) => (service.stop as (callback: () => void) => void)(() => resolve()));
      await destroy();
    },
  };
}

/** Meetings heard on the network, kept up to date while it runs. */
export interface MeetingBrowser {
  /** The meetings heard and not yet gone, by name. */
  meetings(): DiscoveredMeeting[];
  /** Asks the network again (new answers arrive as events). */
  refresh(): void;
  stop(): Promise<void>;
}

/**
 * Browses for meetings, on the interface with IPv4 address `address` if given. `onChange`
 * is called with the whole list whenever a meeting appears, changes or says goodbye.
 */
export function browseMeetings(
  options: { readonly address?: string; readonly onChange?: (meetings: DiscoveredMeeting[]) => void } = {},
): MeetingBrowser {
  const bonjour = new Bonjour(socketOptions(options.address), () => undefined);
  const browser = bonjour.find({ type: MEETING_SERVICE_TYPE, protocol: "tcp" });
  const meetings = (): DiscoveredMeeting[] =>
    browser.services
      .map((service) => meetingFromService(service))
      .filter((meeting): meeting is DiscoveredMeeting => meeting !== undefined)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const changed = () => options.onChange?.(meetings());
  for (const event of ["up", "down", "txt-update", "srv-update"] as const) browser.on(event, changed);
  return {
    meetings,
    refresh: () => browser.update(),
    stop: () => {
      browser.stop();
      return new Promise<void>((resolve) => bonjour.destroy(() => resolve()));
    },
  };
}

/** bonjour-service hands its options to multicast-dns, whose `interface` (the multicast
 * interface's address) its types do not declare. */
function socketOptions(address: string | undefined): ConstructorParameters<typeof Bonjour>[0] {
  return (address === undefined ? {} : { interface: address }) as unknown as ConstructorParameters<
    typeof Bonjour
  >[0];
}

function isDottedIPv4(text: string): boolean {
  const parts = text.split(".");
  return (
    parts.length === 4 && parts.every((part) => /^(?:0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)
  );
}
