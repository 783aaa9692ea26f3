/**
 * Hosting a meeting without internet (DESIGN.md §7): one action starts the embedded relay
 * of @chapterhouse/sync-server on the interface the organiser picked, with a fresh meeting
 * token, serving the web app to phones, and announces it on the network (mdns.ts). The
 * token is in the join address and its QR code only; the relay checks it at the WebSocket
 * upgrade. Stopping stops the announcement and then the relay.
 */
import type {
  HostMeetingOptions,
  HostMeetingResult,
  HostedMeeting,
  MeetingInterface,
  MeetingStatus,
  StopMeetingResult,
} from "@chapterhouse/crdt/desktop";
import { toBase64url } from "@chapterhouse/crdt/encoding";
import { DesktopFault } from "./bridge/desktop-fault.js";

/** What the embedded relay takes (sync-server's `startRelay`). */
export interface RelayOptions {
  /** Address to listen on. */
  readonly host: string;
  /** 0: any free port. */
  readonly port: number;
  /** Where the relay stores documents. */
  readonly dataDir: string;
  /** Required at the WebSocket upgrade. */
  readonly token: string;
  /** Folder of the built web app, served as static files. */
  readonly web: string;
}

/** A running relay (sync-server's `startRelay` resolves to one). */
export interface RelayHandle {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** sync-server's `startRelay`, injected so that this module is tested without it. */
export type StartRelay = (options: RelayOptions) => Promise<RelayHandle>;

/** An mDNS announcement that can be withdrawn (mdns.ts). */
export interface Announcement {
  stop(): Promise<void>;
}

/** Bytes of randomness in a meeting token: 128 bits, 22 base64url characters. */
export const MEETING_TOKEN_BYTES = 16;

/**
 * A new meeting token: MEETING_TOKEN_BYTES from `randomBytes` (a cryptographically secure
 * source), unpadded base64url.
 * @throws {TypeError} if `randomBytes` does not give exactly MEETING_TOKEN_BYTES bytes.
 */
export function meetingToken(randomBytes: (length: number) => Uint8Array): string {
  const bytes = randomBytes(MEETING_TOKEN_BYTES);
  if (!(bytes instanceof Uint8Array) || bytes.length !== MEETING_TOKEN_BYTES)
    throw new TypeError(`the random source must give ${MEETING_TOKEN_BYTES} bytes`);
  return toBase64url(bytes);
}

/**
 * A meeting's addresses. `joinUrl` (`http://ADDRESS:PORT/#/join?token=TOKEN`) is what a
 * phone opens: the served app at its hash route `/join`, the token in the fragment, which
 * browsers never send to a server or in a Referer. `relayUrl` (`ws://ADDRESS:PORT/?token=TOKEN`) is the WebSocket
 * address the app's automerge-repo client connects to; the relay checks the `token` query
 * parameter at the upgrade.
 * @throws {TypeError} if the address, port or token is malformed.
 */
export function meetingUrls(
  address: string,
  port: number,
  token: string,
): { joinUrl: string; relayUrl: string } {
  if (!/^(?:\d{1,3}\.){3}\d{1,3}$/.test(address)) throw new TypeError("a meeting address is an IPv4 address");
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new TypeError("a meeting port is 1–65535");
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) throw new TypeError("a meeting token is base64url");
  const join = new URL(`http://${address}:${port}/`);
  join.hash = `/join?token=${token}`;
  const relay = new URL(`ws://${address}:${port}/`);
  relay.searchParams.set("token", token);
  return { joinUrl: join.href, relayUrl: relay.href };
}

/** What the meeting host needs. */
export interface MeetingHostDeps {
  readonly startRelay: StartRelay;
  readonly randomBytes: (length: number) => Uint8Array;
  /** The interfaces offered to the organiser now (meeting-interfaces.ts). */
  readonly interfaces: () => readonly MeetingInterface[];
  /** The relay's data folder. */
  readonly dataDir: string;
  /** The built web app served to phones. */
  readonly webRoot: string;
  /** Announces the meeting on the network; a failure is logged, the meeting goes on (the QR code still works). */
  readonly announce?: (meeting: HostedMeeting) => Promise<Announcement>;
  readonly log?: { warn(message: string): void };
}

/** Hosts at most one meeting at a time. */
export interface MeetingHost {
  /**
   * Starts the relay and the announcement, or reports the meeting already hosted.
   * @throws {DesktopFault} "invalid-argument" if `options.address` is not one of
   *   `deps.interfaces()`; "meeting-failed" if the relay cannot start (e.g. the port is taken).
   */
  host(options: HostMeetingOptions): Promise<HostMeetingResult>;
  status(): MeetingStatus;
  /**
   * Withdraws the announcement and stops the relay.
   * @throws {DesktopFault} "meeting-failed" if the relay does not close cleanly (the meeting is
   *   forgotten either way).
   */
  stop(): Promise<StopMeetingResult>;
}

/** A meeting host over `deps`. */
export function createMeetingHost(deps: MeetingHostDeps): MeetingHost {
  type Running = { meeting: HostedMeeting; relay: RelayHandle; announcement: Announcement | undefined };
  let running: Running | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    host: (options) =>
      exclusive(async (): Promise<HostMeetingResult> => {
        if (running !== undefined) return { type: "already-hosting", meeting: running.meeting };
        if (!deps.interfaces().some((candidate) => candidate.address === options.address)) {
          throw new DesktopFault(
            "invalid-argument",
            `${options.address} is not a network interface of this computer`,
          );
        }
        const token = meetingToken(deps.randomBytes);
        let relay: RelayHandle;
        try {
          relay = await deps.startRelay({
            host: options.address,
            port: options.port ?? 0,
            dataDir: deps.dataDir,
            token,
            web: deps.webRoot,
          });
        } catch (error) {
          throw new DesktopFault(
            "meeting-failed",
            `the meeting relay could not start: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        const meeting: HostedMeeting = {
          name: options.name,
          address: options.address,
          port: relay.port,
          token,
          ...meetingUrls(options.address, relay.port, token),
        };
        let announcement: Announcement | undefined;
        try {
          announcement = await deps.announce?.(meeting);
        } catch (error) {
          deps.log?.warn(
            `the meeting is not announced on the network: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        running = { meeting, relay, announcement };
        return { type: "hosting", meeting };
      }),

    status: () => (running === undefined ? { type: "idle" } : { type: "hosting", meeting: running.meeting }),

    stop: () =>
      exclusive(async (): Promise<StopMeetingResult> => {
        if (running === undefined) return { type: "not-hosting" };
        const { relay, announcement } = running;
        running = undefined;
        try {
          await announcement?.stop();
        } catch (error) {
          deps.log?.warn(
            `the meeting's announcement did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        try {
          await relay.close();
        } catch (error) {
          throw new DesktopFault(
            "meeting-failed",
            `the meeting relay did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        return { type: "stopped" };
      }),
  };
}
