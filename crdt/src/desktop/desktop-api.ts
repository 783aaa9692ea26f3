/**
 * The desktop bridge contract: the one object the desktop shell's preload exposes as
 * `window.chapterhouse`, and the messages that carry its calls over IPC (STYLE.md habits 4,
 * 5, 7). It lives in the core so that both sides of the bridge share it: the preload's object
 * is checked against `DesktopApi` with `satisfies` (electron/src/preload.cts), and the
 * renderer's desktop Platform declares `window.chapterhouse` with this same type
 * (renderer/src/shared/platform/desktop-platform.ts). The main process checks every message with the
 * guards of electron/src/bridge/ipc-guards.ts.
 *
 * Pure: types only; nothing here runs a platform API. The kinds it signs and their body types
 * come from the kind registry (kinds/registry.ts: `SIGNABLE_KINDS`, `RecordBodies`).
 *
 * Conventions:
 * - Outcomes the member can act on (a wrong passphrase, a cancelled dialog) resolve as values
 *   tagged by `type`. Malformed calls and faults reject with an Error whose message starts
 *   with a `DesktopErrorCode` and ": " (e.g. "vault-locked: unlock the vault first").
 * - Recovery phrases reach the renderer only from `createVault` and `revealPhrase`.
 * - Records are signed from typed bodies only, never from bytes.
 */
import type { BundledDocument } from "../bundle/document-bundle.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import type { RecordBodies, SignableKind } from "../kinds/registry.js";

// ---------------------------------------------------------------------------------------
// Key vault

/** How the vault's secret is protected at rest. */
export type VaultProtection =
  /** By the OS keychain (safeStorage): unlocking needs no passphrase. */
  | "keychain"
  /** By the member's passphrase (always where the OS keychain is weak or missing). */
  | "passphrase";

/** Where the vault stands. `publicKey` and `name` are kept in clear beside the sealed vault, so
 * the locked screen can name whose identity it is; nothing secret is. */
export type VaultStatus =
  /** No vault yet. `passphraseRequired`: the OS keychain is weak or missing, so createVault needs a passphrase. */
  | { readonly type: "absent"; readonly passphraseRequired: boolean }
  | {
      readonly type: "locked";
      readonly protection: VaultProtection;
      readonly publicKey: MemberKey;
      readonly name: string;
    }
  | {
      readonly type: "unlocked";
      readonly protection: VaultProtection;
      readonly publicKey: MemberKey;
      readonly name: string;
      /** The 16 bytes naming the member's Home document (PROTOCOL.md K3.6), derived from the key. */
      readonly homeDocument: Uint8Array;
      /** The member's X25519 public key (K3.5), unpadded base64url: what their profile publishes (PF1.3). */
      readonly boxKey: string;
    };

/** What createVault takes. */
export interface CreateVaultOptions {
  /** The name other members see, shown while locked: 1–200 characters once trimmed, no control characters. */
  readonly name: string;
  /** With it the vault is sealed under it; without it the OS keychain protects the vault,
   * which is refused (`passphrase-required`) where the keychain is weak (`basic_text`) or missing. */
  readonly passphrase?: string;
  /** Restoring: the recovery phrase to keep. Without it a new phrase is generated. */
  readonly phrase?: string;
}

/** What createVault gives. */
export type CreateVaultResult =
  /** `phrase` is shown to its owner now, to write down; it is not kept by the renderer. */
  | { readonly type: "created"; readonly publicKey: MemberKey; readonly phrase: string }
  | { readonly type: "passphrase-required"; readonly reason: string }
  /** The restore phrase is not valid; `problem` names the position, never a word. */
  | { readonly type: "invalid-phrase"; readonly problem: string };

/** What unlockVault gives. */
export type UnlockResult =
  | { readonly type: "unlocked"; readonly publicKey: MemberKey }
  | { readonly type: "passphrase-required" }
  /** The stored vault is untouched: retry with the right passphrase. */
  | { readonly type: "wrong-passphrase" };

/** What revealPhrase gives. */
export type RevealResult =
  | { readonly type: "phrase"; readonly phrase: string }
  | { readonly type: "passphrase-required" }
  | { readonly type: "wrong-passphrase" };

// ---------------------------------------------------------------------------------------
// Signing

/**
 * A request to sign one record: a union tagged by `kind`, each body of its kind's type (the body
 * its kind's builder makes). The main process checks the body with the kind's validator, then
 * sets `signer` and `at`.
 */
export type SignRecordRequest = {
  readonly [K in SignableKind]: {
    readonly kind: K;
    readonly body: RecordBodies[K];
    /** Records the signer has seen (R7); sorted and de-duplicated by the signer. */
    readonly deps?: readonly RecordId[];
  };
}[SignableKind];

/** A signed record as stored in documents. */
export interface SignedRecord {
  readonly id: RecordId;
  /** The record's canonical JSON text (R3, R4). */
  readonly text: string;
}

// ---------------------------------------------------------------------------------------
// Relays the page may connect to (its Content-Security-Policy's connect-src)

/** What setRelays gives. The new list applies from the page's next load. */
export type SetRelaysResult =
  | { readonly type: "saved"; readonly relays: readonly string[] }
  | { readonly type: "invalid"; readonly url: string; readonly reason: string };

// ---------------------------------------------------------------------------------------
// Meetings

/** A network interface a meeting can be hosted on. */
export interface MeetingInterface {
  readonly name: string;
  /** IPv4 address, dotted decimal. */
  readonly address: string;
  /** "lan": a private address (192.168/16, 10/8, 172.16/12); listed first. */
  readonly kind: "lan" | "other" | "virtual" | "loopback";
}

/** What hostMeeting takes. */
export interface HostMeetingOptions {
  /** Shown to others on the network (mDNS instance name): 1–63 characters, no control characters. */
  readonly name: string;
  /** One of listInterfaces()' addresses. */
  readonly address: string;
  /** 1024–65535; absent or 0: any free port. */
  readonly port?: number;
}

/** A meeting this desktop hosts. */
export interface HostedMeeting {
  readonly name: string;
  readonly address: string;
  readonly port: number;
  /** The meeting token: it is in the join address and its QR code, never announced by mDNS. */
  readonly token: string;
  /** What a phone opens (show it as text and a QR code): the served app, with the token. */
  readonly joinUrl: string;
  /** The WebSocket relay address with its token, for automerge-repo's client adapter. */
  readonly relayUrl: string;
}

/** What hostMeeting gives. */
export type HostMeetingResult =
  | { readonly type: "hosting"; readonly meeting: HostedMeeting }
  | { readonly type: "already-hosting"; readonly meeting: HostedMeeting };

/** Whether this desktop hosts a meeting. */
export type MeetingStatus =
  { readonly type: "idle" } | { readonly type: "hosting"; readonly meeting: HostedMeeting };

/** What stopMeeting gives. */
export type StopMeetingResult = { readonly type: "stopped" } | { readonly type: "not-hosting" };

/** A meeting announced on the local network (mDNS). It carries no token: joining asks for the
 * join address or its QR code, which the organiser shows. */
export interface DiscoveredMeeting {
  readonly name: string;
  /** The announcing host's mDNS name, e.g. "laptop.local". */
  readonly host: string;
  readonly port: number;
  /** IPv4 addresses, the one that answered first. */
  readonly addresses: readonly string[];
  /** Path of the served app, "/" today. */
  readonly path: string;
}

// ---------------------------------------------------------------------------------------
// Sync by file

/**
 * A notification for the operating system to show (electron/README.md E12): words already in the
 * member's language, `tag` unique per notification (one shown again replaces the first).
 */
export interface SystemNotice {
  readonly title: string;
  readonly body: string;
  readonly tag: string;
}

/** What exportBundle takes: the documents' saved bytes, encoded into one bundle file (PROTOCOL.md B). */
export interface ExportBundleRequest {
  /** Offered as the file name in the save dialog (without folders). */
  readonly suggestedName: string;
  readonly documents: readonly BundledDocument[];
}

/** What exportBundle gives. */
export type ExportBundleResult =
  | { readonly type: "saved"; readonly fileName: string; readonly documents: number }
  | { readonly type: "cancelled" };

/** What importBundle gives: every document loaded strictly, or nothing. */
export type ImportBundleResult =
  | { readonly type: "imported"; readonly fileName: string; readonly documents: readonly BundledDocument[] }
  /** The file is a vote bundle (PROTOCOL.md B7, V10): its text, for the app to verify; nothing is merged. */
  | { readonly type: "vote-bundle"; readonly fileName: string; readonly text: string }
  | { readonly type: "cancelled" }
  /** The file is truncated, corrupted or foreign; nothing was read from it. */
  | { readonly type: "invalid"; readonly fileName: string; readonly reason: string };

/** Commands from the application menu, for the page to act on. */
export type MenuCommand = { readonly type: "export-bundle" } | { readonly type: "import-bundle" };

// ---------------------------------------------------------------------------------------
// The bridge

/** The desktop's functions, as `window.chapterhouse`. Every function is intent-named and typed. */
export interface DesktopApi {
  vaultStatus(): Promise<VaultStatus>;
  createVault(options: CreateVaultOptions): Promise<CreateVaultResult>;
  unlockVault(passphrase?: string): Promise<UnlockResult>;
  lockVault(): Promise<VaultStatus>;
  /** Shows the recovery phrase again; a passphrase-protected vault asks for its passphrase. */
  revealPhrase(passphrase?: string): Promise<RevealResult>;
  /** Signs in the main process with the unlocked identity. Rejects "vault-locked" when locked. */
  signRecord(record: SignRecordRequest): Promise<SignedRecord>;
  /**
   * Opens seals made to the member's box key (PROTOCOL.md PV2.3) in the main process, whose box
   * secret never reaches the page: each plaintext, or null for a seal that does not open.
   * Rejects "vault-locked" when locked.
   */
  openSealed(seals: readonly Uint8Array[]): Promise<readonly (Uint8Array | null)[]>;
  /** Replaces the relays the page may connect to (ws: or wss: URLs); reload to apply. */
  setRelays(relays: readonly string[]): Promise<SetRelaysResult>;
  listInterfaces(): Promise<readonly MeetingInterface[]>;
  /** Starts the embedded relay with a new token and announces it; reload to connect to it. */
  hostMeeting(options: HostMeetingOptions): Promise<HostMeetingResult>;
  meetingStatus(): Promise<MeetingStatus>;
  stopMeeting(): Promise<StopMeetingResult>;
  listMeetings(): Promise<readonly DiscoveredMeeting[]>;
  exportBundle(request: ExportBundleRequest): Promise<ExportBundleResult>;
  importBundle(): Promise<ImportBundleResult>;
  /** Calls `listener` with each menu command; returns the function that stops it. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Shows a system notification; resolves false where the system has none. A click brings the window forward. */
  showNotification(notice: SystemNotice): Promise<boolean>;
}

// ---------------------------------------------------------------------------------------
// IPC messages

/** Every request the preload sends: one per DesktopApi function, tagged by `type`. */
export type DesktopRequest =
  | { readonly type: "vault-status" }
  | { readonly type: "create-vault"; readonly options: CreateVaultOptions }
  | { readonly type: "unlock-vault"; readonly passphrase?: string }
  | { readonly type: "lock-vault" }
  | { readonly type: "reveal-phrase"; readonly passphrase?: string }
  | { readonly type: "sign-record"; readonly record: SignRecordRequest }
  | { readonly type: "open-sealed"; readonly seals: readonly Uint8Array[] }
  | { readonly type: "set-relays"; readonly relays: readonly string[] }
  | { readonly type: "list-interfaces" }
  | { readonly type: "host-meeting"; readonly options: HostMeetingOptions }
  | { readonly type: "meeting-status" }
  | { readonly type: "stop-meeting" }
  | { readonly type: "list-meetings" }
  | { readonly type: "export-bundle"; readonly request: ExportBundleRequest }
  | { readonly type: "import-bundle" }
  | { readonly type: "show-notification"; readonly notice: SystemNotice };

/** A request's tag. */
export type DesktopRequestType = DesktopRequest["type"];

/** The request of one tag. */
export type RequestOf<T extends DesktopRequestType> = Extract<DesktopRequest, { readonly type: T }>;

/** What each request resolves to. */
export interface DesktopResponses {
  "vault-status": VaultStatus;
  "create-vault": CreateVaultResult;
  "unlock-vault": UnlockResult;
  "lock-vault": VaultStatus;
  "reveal-phrase": RevealResult;
  "sign-record": SignedRecord;
  "open-sealed": readonly (Uint8Array | null)[];
  "set-relays": SetRelaysResult;
  "list-interfaces": readonly MeetingInterface[];
  "host-meeting": HostMeetingResult;
  "meeting-status": MeetingStatus;
  "stop-meeting": StopMeetingResult;
  "list-meetings": readonly DiscoveredMeeting[];
  "export-bundle": ExportBundleResult;
  "import-bundle": ImportBundleResult;
  "show-notification": boolean;
}

/** The IPC channel of a request: one fixed channel per function. */
export type DesktopChannel<T extends DesktopRequestType = DesktopRequestType> = `chapterhouse:${T}`;

/** The channel on which the main process sends MenuCommands. */
export type MenuChannel = "chapterhouse:menu-command";

/** Why a call was refused or failed. */
export type DesktopErrorCode =
  /** An argument failed its guard: a bug in the caller. */
  | "invalid-argument"
  /** The call came from a frame that is not the app's own page. */
  | "untrusted-sender"
  | "vault-absent"
  | "vault-exists"
  | "vault-locked"
  /** The vault file cannot be read (damaged, or another format). */
  | "vault-unreadable"
  /** The OS keychain that protects the vault cannot decrypt it here: restore from the recovery phrase. */
  | "keychain-unavailable"
  /** The embedded relay could not start or stop. */
  | "meeting-failed"
  | "file-failed"
  | "internal";

/** What the main process answers on every channel; the preload unwraps it. */
export type DesktopReply<T> =
  | { readonly type: "ok"; readonly value: T }
  | { readonly type: "error"; readonly code: DesktopErrorCode; readonly message: string };
