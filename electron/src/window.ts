/**
 * The one window factory and its lock-down (STYLE.md habit 6): context isolation, the
 * sandbox, no Node in the page, web security on; every navigation, new window, redirect,
 * permission request, webview and download decided by navigation-policy.ts. The options are
 * plain values tested under Node; the wiring needs Electron's objects, passed in.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from "electron";
import { decideNavigation } from "./navigation-policy.js";

/** Where refusals are reported. */
export interface SecurityLog {
  warn(message: string): void;
}

/** The page's web preferences: the preload is the page's only way to the desktop. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** The main window's options. */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 360,
    minHeight: 480,
    show: false,
    title: "Chapterhouse",
    webPreferences: secureWebPreferences(preload),
  };
}

/**
 * Denies, in `contents`, every navigation, redirect and frame navigation that
 * decideNavigation does not allow (an http(s) link of the main frame goes to `openExternal`
 * instead), every new window (http(s) ones to `openExternal`), and every webview.
 */
export function lockDownWebContents(
  contents: WebContents,
  openExternal: (url: string) => void,
  log: SecurityLog,
): void {
  contents.on("will-navigate", (event) => {
    const decision = decideNavigation({ type: "navigate", url: event.url });
    if (decision.type === "allow") return;
    event.preventDefault();
    if (decision.type === "open-externally") openExternal(decision.url);
    else log.warn(`navigation refused: ${decision.reason}`);
  });
  // Subframes and redirects never open anything outside: they are not the member's clicks.
  contents.on("will-frame-navigate", (event) => {
    if (event.isMainFrame) return; // will-navigate decides for the main frame
    if (decideNavigation({ type: "navigate", url: event.url }).type !== "allow") {
      event.preventDefault();
      log.warn("frame navigation refused");
    }
  });
  contents.on("will-redirect", (event) => {
    if (decideNavigation({ type: "navigate", url: event.url }).type !== "allow") {
      event.preventDefault();
      log.warn("redirect refused");
    }
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation({ type: "new-window", url });
    if (decision.type === "open-externally") openExternal(decision.url);
    else
      log.warn(
        `new window refused: ${decision.type === "deny" ? decision.reason : "allowed only as navigation"}`,
      );
    return { action: "deny" };
  });
  contents.on("will-attach-webview", (event) => {
    event.preventDefault();
    log.warn("webview refused");
  });
}

/** Denies in `session` every permission decideNavigation does not allow, every device and every download. */
export function lockDownSession(session: Session, log: SecurityLog): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const decision = decideNavigation({
      type: "permission",
      permission,
      requestingUrl: details.requestingUrl,
    });
    if (decision.type !== "allow") log.warn(`permission ${permission} refused`);
    callback(decision.type === "allow");
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      decideNavigation({ type: "permission", permission, requestingUrl: requestingOrigin }).type === "allow",
  );
  session.setDevicePermissionHandler(() => false);
  session.on("will-download", (event) => {
    event.preventDefault();
    log.warn("download refused: files are saved through the desktop's dialogs");
  });
}
