/**
 * The main process: composes one module per concern (STYLE.md habit 8) and holds the only
 * calls into Electron's main-process API. Every decision lives in the modules, tested under
 * Node; this file cannot run without the Electron binary.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BrowserWindow, Menu, Notification, app, dialog, ipcMain, protocol, safeStorage, session, shell } from "electron";
import { startRelay } from "@chapterhouse/sync-server";
import { APP_ENTRY_URL } from "./app-origin.js";
import { handleAppProtocol, registerAppScheme } from "./app-protocol.js";
import { createDesktopHandlers } from "./bridge/desktop-handlers.js";
import { MENU_CHANNEL, registerDesktopHandlers } from "./bridge/ipc-dispatch.js";
import { BUNDLE_EXTENSION } from "./bundle-files.js";
import { pageContentSecurityPolicy } from "./content-security-policy.js";
import { createKeyVault, type SafeStorageLike } from "./key-vault.js";
import { announceMeeting, browseMeetings } from "./mdns.js";
import { createSystemNotifier } from "./system-notifier.js";
import { createMeetingHost } from "./meeting-host.js";
import { meetingInterfaces } from "./meeting-interfaces.js";
import { applicationMenuTemplate } from "./menu.js";
import { createRelaySettings } from "./relay-settings.js";
import { rendererRoot } from "./renderer-root.js";
import { createSigningService } from "./signing-service.js";
import { readBoundedFile, textFileStore, writeFileAtomically } from "./text-file-store.js";
import { lockDownSession, lockDownWebContents, mainWindowOptions } from "./window.js";

const PRELOAD = fileURLToPath(new URL("./preload.cjs", import.meta.url));
/** The renderer's build: in the app's resources when packaged, else the workspace's renderer/dist. */
const RENDERER_ROOT = rendererRoot({
  packaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  mainModuleUrl: import.meta.url,
});

const log = {
  warn: (message: string) => console.warn(`[chapterhouse] ${message}`),
  error: (message: string, error: unknown) => console.error(`[chapterhouse] ${message}`, error),
};
const secureRandom = (length: number) => new Uint8Array(randomBytes(length));

// Electron's safeStorage, through its asynchronous API (the synchronous one is deprecated).
const keychain: SafeStorageLike = {
  isEncryptionAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
  ...(process.platform === "linux"
    ? { getSelectedStorageBackend: () => safeStorage.getSelectedStorageBackend() }
    : {}),
  encryptString: async (text) => new Uint8Array(await safeStorage.encryptStringAsync(text)),
  decryptString: async (bytes) => (await safeStorage.decryptStringAsync(Buffer.from(bytes))).result,
};

// Before `ready`: the app's scheme is standard and secure; every renderer is sandboxed.
registerAppScheme(protocol);
app.enableSandbox();
app.on("web-contents-created", (_event, contents) =>
  lockDownWebContents(contents, (url) => void shell.openExternal(url), log),
);

if (!app.requestSingleInstanceLock()) app.quit();
else
  void start().catch((error: unknown) => {
    log.error("the desktop failed to start", error);
    app.exit(1);
  });

async function start(): Promise<void> {
  await app.whenReady();
  const userData = app.getPath("userData");

  const vault = createKeyVault({
    store: textFileStore(join(userData, "vault.json")),
    keychain,
    randomBytes: secureRandom,
  });
  const relays = createRelaySettings(textFileStore(join(userData, "relays.json")));
  await relays.load();
  const interfaces = () => meetingInterfaces(networkInterfaces());
  const meetings = createMeetingHost({
    startRelay,
    randomBytes: secureRandom,
    interfaces,
    dataDir: join(userData, "meeting-relay"),
    webRoot: RENDERER_ROOT,
    announce: (meeting) => announceMeeting(meeting, meeting.address),
    log,
  });
  const discovery = browseMeetings();

  handleAppProtocol(protocol, {
    root: RENDERER_ROOT,
    // The CSP of each response: the member's relays and the meeting this desktop hosts.
    contentSecurityPolicy: () => pageContentSecurityPolicy(relays.current(), meetings.status()),
    readFile: (path) => readFile(path),
  });
  lockDownSession(session.defaultSession, log);

  const window = new BrowserWindow(mainWindowOptions(PRELOAD));
  const bundleFilter = [{ name: "Chapterhouse bundle", extensions: [BUNDLE_EXTENSION] }];
  registerDesktopHandlers(
    ipcMain,
    createDesktopHandlers({
      vault,
      signing: createSigningService({ identity: () => vault.identity(), now: () => Date.now() }),
      relays,
      interfaces,
      meetings,
      discovery,
      bundles: {
        chooseSavePath: async (suggestedName) => {
          const choice = await dialog.showSaveDialog(window, {
            defaultPath: suggestedName,
            filters: bundleFilter,
          });
          return choice.canceled ? undefined : choice.filePath;
        },
        chooseOpenPath: async () => {
          const choice = await dialog.showOpenDialog(window, {
            properties: ["openFile"],
            // Organisation files, and vote bundles (`….vote-bundle.json`), told apart on reading (B7).
            filters: [{ name: "Chapterhouse bundle or vote bundle", extensions: [BUNDLE_EXTENSION, "json"] }],
          });
          return choice.canceled ? undefined : choice.filePaths[0];
        },
        writeFile: writeFileAtomically,
        readFile: readBoundedFile,
      },
      notifier: createSystemNotifier({
        isSupported: () => Notification.isSupported(),
        create: (options) => new Notification(options),
        focusWindow: () => {
          if (window.isMinimized()) window.restore();
          window.focus();
        },
      }),
    }),
    log,
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate((command) => window.webContents.send(MENU_CHANNEL, command), process.platform),
    ),
  );

  let quitting = false;
  app.on("before-quit", (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    // Stop the meeting cleanly (the relay flushes its documents) before leaving.
    void Promise.allSettled([meetings.stop(), discovery.stop()]).then(() => app.quit());
  });
  app.on("window-all-closed", () => app.quit());
  app.on("second-instance", () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  window.once("ready-to-show", () => window.show());
  await window.loadURL(APP_ENTRY_URL);
}
