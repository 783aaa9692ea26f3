import type {
  DiscoveredMeeting,
  ExportBundleRequest,
  ExportBundleResult,
  HostMeetingOptions,
  HostedMeeting,
  ImportBundleResult,
  MeetingInterface,
  MeetingStatus,
  MenuCommand,
  StopMeetingResult,
} from "@chapterhouse/crdt/desktop";
import type { KeyVault } from "./key-vault.js";
import type { SystemNotifications } from "./system-notifications.js";

/** Whether this app can do something here, and if not, the sentence that says why. */
export type Availability =
  | { readonly type: "available" }
  | { readonly type: "unavailable"; readonly reason: string };

/**
 * Meetings on the room's network (DESIGN.md §7): hosting one (the embedded relay serving the
 * app to phones, announced by mDNS) and finding those other desktops announce. The desktop
 * does both through its bridge (electron/README.md E8, E9); a web page can do neither (it cannot
 * listen on the network or hear mDNS) and says so through `hosting` and `discovery`.
 */
export interface Meetings {
  readonly hosting: Availability;
  readonly discovery: Availability;
  /** The network interfaces a meeting can be hosted on, private LAN addresses first; none where hosting is unavailable. */
  interfaces(): Promise<readonly MeetingInterface[]>;
  /**
   * Starts hosting (or gives the meeting already hosted). Reload the page to connect to it: the
   * desktop page's Content-Security-Policy admits the meeting's relay from its next load (E2.4).
   * Rejects "hosting-unavailable: …" where hosting is unavailable, "invalid-argument: …" for an
   * address that is not an interface, "meeting-failed: …" if the relay cannot start.
   */
  host(options: HostMeetingOptions): Promise<HostedMeeting>;
  /** The meeting this app hosts, if any (always idle where hosting is unavailable). */
  status(): Promise<MeetingStatus>;
  /** Stops the announcement and the relay. Rejects "meeting-failed: …" if it did not close cleanly. */
  stop(): Promise<StopMeetingResult>;
  /** Meetings announced on the network (no tokens: joining asks for the join address); none where discovery is unavailable. */
  discover(): Promise<readonly DiscoveredMeeting[]>;
}

/**
 * Sync by file (PROTOCOL.md B): the desktop saves and opens bundle files through native
 * dialogs (E10); the browser downloads a file and reads one chosen with a file input. Both
 * encode with crdt's bundle format and decode strictly, all or nothing (B3, B4).
 */
export interface BundleFiles {
  /**
   * Saves the documents as one bundle file (the browser: a download named after
   * `suggestedName`). Resolves "cancelled" if the member cancelled the dialog.
   * Rejects "invalid-argument: …" if the documents do not make a valid bundle, "file-failed: …"
   * if the file cannot be written.
   */
  exportBundle(request: ExportBundleRequest): Promise<ExportBundleResult>;
  /**
   * Reads a bundle file the member chooses: its documents only if the whole file decodes
   * strictly, else "invalid" with the BundleError's reason. Rejects "file-failed: …" if the file
   * cannot be read.
   */
  importBundle(): Promise<ImportBundleResult>;
  /** Calls `listener` with each File menu command (export, import); returns the function that stops it. Never called in a browser (it has no app menu). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** What `allowRelays` gives. */
export type AllowRelaysResult =
  /** `reloadToApply`: the list applies from the page's next load (the desktop's CSP). */
  | { readonly type: "saved"; readonly relays: readonly string[]; readonly reloadToApply: boolean }
  | { readonly type: "invalid"; readonly url: string; readonly reason: string };

/**
 * The one contract for what differs between a plain browser and the Electron desktop shell
 * (STYLE.md habit 5). Screens and data code receive a `Platform`; none asks "am I in Electron?":
 * what one variant cannot do is declared here (`meetings.hosting`) and explained by it.
 */
export interface Platform {
  /** Which implementation this is, for the settings screen and bug reports. */
  readonly kind: "browser" | "desktop";
  /**
   * Prefix of the names of this app's local databases (IndexedDB, BroadcastChannel), so that
   * two installations or test profiles on one origin never share data.
   */
  readonly storageNamespace: string;
  /** The page's protocol (`https:`, `http:`, a custom scheme), which decides allowed relay addresses. */
  readonly pageProtocol: string;
  /**
   * What this page can use. A phone opening the app from `http://LAN-address` is not a secure
   * context: no WebCrypto (the fallback verifier is used) and no service worker (no offline reopen).
   */
  readonly capabilities: {
    readonly secureContext: boolean;
    readonly webCrypto: boolean;
    readonly serviceWorker: boolean;
  };
  /**
   * The member's key vault: the sealed recovery phrase at rest and signing with the unlocked
   * key. The browser keeps the key in the page's memory; the desktop keeps it in the main
   * process and signs there.
   */
  readonly vault: KeyVault;
  /** Wall-clock milliseconds, for display times and ordering of device-local lists. */
  now(): number;
  /**
   * Cryptographically secure random bytes (`crypto.getRandomValues`, which unlike
   * `crypto.subtle` exists on insecure origins too): invite tokens, phrases, vault salts.
   */
  randomBytes(length: number): Uint8Array;
  /**
   * The address another member opens to reach this app, without a fragment: invite links are
   * this plus `#/join?…`. In a browser, the page's own address; the desktop will give the
   * address of the web app its organisation's relay serves.
   */
  appAddress(): string;
  /** Hosting and finding meetings on the room's network. */
  readonly meetings: Meetings;
  /** Sync by file: saving and opening bundle files. */
  readonly bundleFiles: BundleFiles;
  /**
   * Tells the app which relays (ws:/wss: addresses) the page may connect to. The desktop's page
   * lists them in its Content-Security-Policy `connect-src`, applied from its next load, and
   * resolves `invalid` naming a refused address (E2.3); a browser page may connect to any
   * relay, so this does nothing there.
   */
  allowRelays(relays: readonly string[]): Promise<AllowRelaysResult>;
  /** Notifications the operating system shows, when the member allows them. */
  readonly systemNotifications: SystemNotifications;
}
