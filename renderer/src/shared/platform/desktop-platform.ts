/**
 * The Platform of the desktop app: the page runs in Electron's locked-down window and reaches
 * the desktop only through the preload's bridge, `window.chapterhouse`, typed by the one
 * `DesktopApi` of @chapterhouse/crdt that the preload's object also satisfies (so the type
 * checker proves both sides share one interface).
 *
 * What differs from the browser: the key vault and the unlocked key live in the main process
 * (it seals the phrase, unlocks, and signs typed record bodies, never bytes); bundle files go
 * through native dialogs; the desktop can host a meeting (the embedded relay serving the app to
 * phones), whose address then becomes the address other members open.
 */
import type { DesktopApi, HostedMeeting, MeetingStatus, SignRecordRequest } from "@chapterhouse/crdt/desktop";
import { isSignableKind, type RecordBody } from "@chapterhouse/crdt/kinds";
import { MAX_MEMBER_NAME_LENGTH } from "@chapterhouse/crdt/profiles";
import type { KeyVault, VaultState } from "./key-vault.js";
import type { Platform } from "./platform.js";

declare global {
  interface Window {
    /** The desktop shell's bridge (electron/src/preload.cts); absent in a plain browser. */
    readonly chapterhouse?: DesktopApi;
  }
}

/** The storage namespace of the desktop app (its page has its own origin, `chapterhouse://app`). */
export const DESKTOP_STORAGE_NAMESPACE = "chapterhouse";

/** The desktop's Platform: every member of the one contract, implemented over the bridge. */
export type DesktopPlatform = Platform & { readonly kind: "desktop" };

/** Where the desktop platform reports failures it cannot hand to a caller. */
export interface DesktopPlatformOptions {
  readonly onError?: (error: unknown) => void;
}

/**
 * The desktop Platform over `bridge` (`window.chapterhouse`), reading the page's protocol,
 * secure-context flags, clock and random source from `window`. Asks the bridge once whether a
 * meeting is hosted, so that `appAddress` knows it; failures of that go to `options.onError`.
 */
export function createDesktopPlatform(
  window: Window,
  bridge: DesktopApi,
  options: DesktopPlatformOptions = {},
): DesktopPlatform {
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const secureContext = window.isSecureContext;
  // The meeting this desktop hosts, as last heard from the main process.
  let hosted: HostedMeeting | undefined;
  const remember = (status: MeetingStatus): MeetingStatus => {
    hosted = status.type === "hosting" ? status.meeting : undefined;
    return status;
  };
  bridge.meetingStatus().then(remember, onError);

  return {
    kind: "desktop",
    storageNamespace: DESKTOP_STORAGE_NAMESPACE,
    pageProtocol: window.location.protocol,
    capabilities: {
      secureContext,
      webCrypto: secureContext && typeof window.crypto?.subtle?.importKey === "function",
      // The app's scheme is not registered for service workers, and its files are local anyway.
      serviceWorker: false,
    },
    vault: createDesktopKeyVault(bridge, onError),
    now: () => Date.now(),
    randomBytes: (length) => window.crypto.getRandomValues(new Uint8Array(length)),
    appAddress() {
      // Others reach this desktop's app only through a hosted meeting's web server.
      if (hosted !== undefined) return `http://${hosted.address}:${hosted.port}/`;
      const url = new URL(window.location.href);
      url.hash = "";
      return url.href;
    },
    meetings: {
      hosting: { type: "available" },
      discovery: { type: "available" },
      interfaces: () => bridge.listInterfaces(),
      async host(meetingOptions) {
        const result = await bridge.hostMeeting(meetingOptions);
        hosted = result.meeting;
        return result.meeting;
      },
      status: async () => remember(await bridge.meetingStatus()),
      async stop() {
        try {
          return await bridge.stopMeeting();
        } finally {
          // The main process forgets the meeting even when its relay did not close cleanly.
          hosted = undefined;
        }
      },
      discover: () => bridge.listMeetings(),
    },
    bundleFiles: {
      exportBundle: (request) => bridge.exportBundle(request),
      importBundle: () => bridge.importBundle(),
      onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    },
    async allowRelays(relays) {
      const result = await bridge.setRelays(relays);
      // The main process computes the page's CSP per response (E2.4): the next load applies it.
      return result.type === "saved" ? { ...result, reloadToApply: true } : result;
    },
    // The main process shows them (electron/README.md E12): nothing to ask; a click brings the window forward.
    systemNotifications: {
      permission: () => "granted",
      request: () => Promise.resolve("granted"),
      show(notice) {
        bridge.showNotification(notice).catch(onError);
      },
    },
  };
}

/**
 * The renderer's KeyVault over the bridge. The main process seals, unlocks and signs; this
 * adapts its answers to the renderer's contract (key-vault.ts). Scrypt runs in the main
 * process, so progress is reported only at the start (0) and the end (1).
 */
export function createDesktopKeyVault(bridge: DesktopApi, onError: (error: unknown) => void): KeyVault {
  return {
    async status(): Promise<VaultState> {
      const status = await bridge.vaultStatus();
      switch (status.type) {
        case "absent":
          return { type: "absent" };
        case "locked":
          return { type: "locked", publicKey: status.publicKey, name: status.name };
        case "unlocked":
          return {
            type: "unlocked",
            publicKey: status.publicKey,
            name: status.name,
            homeDocument: status.homeDocument,
            boxKey: status.boxKey,
          };
      }
    },

    async create(input) {
      const name = input.name.trim();
      if (name.length === 0 || name.length > MAX_MEMBER_NAME_LENGTH) {
        throw new TypeError(`a name has 1 to ${MAX_MEMBER_NAME_LENGTH} characters`);
      }
      if (input.passphrase.length === 0) throw new TypeError("the passphrase must not be empty");
      input.onProgress?.(0);
      const result = await bridge.createVault({
        name,
        passphrase: input.passphrase,
        ...(input.phrase === undefined ? {} : { phrase: input.phrase }),
      });
      input.onProgress?.(1);
      if (result.type === "passphrase-required") throw new Error(`passphrase-required: ${result.reason}`);
      return result;
    },

    async unlock(passphrase, onProgress) {
      onProgress?.(0);
      const result = await bridge.unlockVault(passphrase);
      onProgress?.(1);
      if (result.type === "passphrase-required")
        throw new Error("passphrase-required: enter the vault's passphrase");
      return result;
    },

    async lock() {
      // Never rejects (the contract): the identity manager reads the status again afterwards,
      // so a lock the main process did not perform still shows as unlocked.
      await bridge.lockVault().catch(onError);
    },

    async revealPhrase(passphrase, onProgress) {
      onProgress?.(0);
      const result = await bridge.revealPhrase(passphrase);
      onProgress?.(1);
      if (result.type === "passphrase-required")
        throw new Error("passphrase-required: enter the vault's passphrase");
      return result;
    },

    async signRecord(request) {
      // Typed bodies only, checked here as well as in the main process: a known kind and an object body.
      if (!isSignableKind(request.kind))
        throw new TypeError(`${JSON.stringify(request.kind)} is not a record kind a member signs`);
      if (!isRecordBody(request.body)) throw new TypeError("a record body is a JSON object");
      // Every kind's body is a canonical object today (RecordBodies), so the checks above make
      // this one of SignRecordRequest's members; the main process checks it again (E7.1).
      const typed = {
        kind: request.kind,
        body: request.body,
        ...(request.deps === undefined ? {} : { deps: request.deps }),
      } as SignRecordRequest;
      const signed = await bridge.signRecord(typed);
      return { id: signed.id, text: signed.text };
    },

    async openSealed(seals) {
      if (!Array.isArray(seals) || !seals.every((seal) => seal instanceof Uint8Array)) throw new TypeError("seals are byte arrays");
      // A few per call: the main process opens each with tweetnacl, and thousands at once would hold it for seconds.
      const opened: (Uint8Array | undefined)[] = [];
      for (let i = 0; i < seals.length; i += OPEN_PER_CALL) {
        for (const plaintext of await bridge.openSealed(seals.slice(i, i + OPEN_PER_CALL))) opened.push(plaintext ?? undefined);
      }
      return opened;
    },
  };
}

/** Seals the main process opens per call (each one X25519 agreement in JavaScript, a few ms). */
export const OPEN_PER_CALL = 8;

function isRecordBody(body: unknown): body is RecordBody {
  return typeof body === "object" && body !== null && !Array.isArray(body) && !ArrayBuffer.isView(body);
}
