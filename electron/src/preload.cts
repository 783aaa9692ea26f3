/**
 * The preload: exposes exactly one object, `window.chapterhouse`, implementing DesktopApi
 * with one wrapper per function, each invoking its own fixed channel with a typed message
 * (STYLE.md habit 7). No generic send, no ipcRenderer object or event reaches the page.
 *
 * A sandboxed preload runs as a CommonJS script that may require only Electron's own
 * modules, so this file is CommonJS (.cts) and self-contained: it imports only types (erased
 * when compiled) from the bridge contract in @chapterhouse/crdt, the same `DesktopApi` the
 * renderer declares `window.chapterhouse` with, and the type checker proves the channels and
 * the object match it.
 */
// A sandboxed preload is CommonJS (above): `import … = require` is how TypeScript writes one.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import electron = require("electron");
import type {
  DesktopApi,
  DesktopChannel,
  DesktopReply,
  DesktopRequest,
  DesktopRequestType,
  DesktopResponses,
  MenuChannel,
  MenuCommand,
  RequestOf,
} from "@chapterhouse/crdt/desktop";

const MENU_CHANNEL: MenuChannel = "chapterhouse:menu-command";

/** The fixed channel of a request type: `chapterhouse:<type>`. */
function channelOf<T extends DesktopRequestType>(type: T): DesktopChannel<T> {
  return `chapterhouse:${type}`;
}

/** Sends `request` on its channel and unwraps the reply; a refusal rejects as "code: message". */
async function call<T extends DesktopRequestType>(
  request: RequestOf<T> & DesktopRequest,
): Promise<DesktopResponses[T]> {
  const reply = (await electron.ipcRenderer.invoke(channelOf(request.type), request)) as DesktopReply<
    DesktopResponses[T]
  >;
  if (reply.type === "ok") return reply.value;
  throw new Error(`${reply.code}: ${reply.message}`);
}

function isMenuCommand(value: unknown): value is MenuCommand {
  const type = (value as { type?: unknown } | null)?.type;
  return (
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).length === 1 &&
    (type === "export-bundle" || type === "import-bundle")
  );
}

const api = {
  vaultStatus: () => call<"vault-status">({ type: "vault-status" }),
  createVault: (options) => call<"create-vault">({ type: "create-vault", options }),
  unlockVault: (passphrase) =>
    call<"unlock-vault">(
      passphrase === undefined ? { type: "unlock-vault" } : { type: "unlock-vault", passphrase },
    ),
  lockVault: () => call<"lock-vault">({ type: "lock-vault" }),
  revealPhrase: (passphrase) =>
    call<"reveal-phrase">(
      passphrase === undefined ? { type: "reveal-phrase" } : { type: "reveal-phrase", passphrase },
    ),
  signRecord: (record) => call<"sign-record">({ type: "sign-record", record }),
  openSealed: (seals) => call<"open-sealed">({ type: "open-sealed", seals }),
  setRelays: (relays) => call<"set-relays">({ type: "set-relays", relays }),
  listInterfaces: () => call<"list-interfaces">({ type: "list-interfaces" }),
  hostMeeting: (options) => call<"host-meeting">({ type: "host-meeting", options }),
  meetingStatus: () => call<"meeting-status">({ type: "meeting-status" }),
  stopMeeting: () => call<"stop-meeting">({ type: "stop-meeting" }),
  listMeetings: () => call<"list-meetings">({ type: "list-meetings" }),
  exportBundle: (request) => call<"export-bundle">({ type: "export-bundle", request }),
  importBundle: () => call<"import-bundle">({ type: "import-bundle" }),
  showNotification: (notice) => call<"show-notification">({ type: "show-notification", notice }),
  onMenuCommand: (listener) => {
    // The page's listener gets the checked command only, never the IPC event.
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    electron.ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      electron.ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
} satisfies DesktopApi;

electron.contextBridge.exposeInMainWorld("chapterhouse", api);
