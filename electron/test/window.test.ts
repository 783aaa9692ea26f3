import { EventEmitter } from "node:events";
import type { HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from "electron";
import { describe, expect, it } from "vitest";
import { applicationMenuTemplate } from "../src/menu.js";
import type { MenuCommand } from "@chapterhouse/crdt/desktop";
import {
  lockDownSession,
  lockDownWebContents,
  mainWindowOptions,
  secureWebPreferences,
} from "../src/window.js";

/** Electron-like event: `preventDefault` marks it. */
const event = (fields: object) =>
  Object.assign(
    {
      prevented: false,
      preventDefault(this: { prevented: boolean }) {
        this.prevented = true;
      },
    },
    fields,
  );

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  });
  return {
    contents: contents as unknown as WebContents,
    emitter,
    open: (url: string) => openHandler!({ url } as HandlerDetails),
  };
}

describe("the window", () => {
  it("[E11.1] the page runs isolated, sandboxed, without Node, with web security, its only door the preload", () => {
    const preferences = secureWebPreferences("/app/preload.cjs");
    expect(preferences).toMatchObject({
      preload: "/app/preload.cjs",
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(mainWindowOptions("/p.cjs").webPreferences).toEqual(secureWebPreferences("/p.cjs"));
  });

  it("[E11.2] navigations are decided by the allow-list: the app's pages go on, links open outside, the rest is stopped", () => {
    const { contents, emitter } = fakeContents();
    const opened: string[] = [];
    const warnings: string[] = [];
    lockDownWebContents(contents, (url) => opened.push(url), { warn: (m) => warnings.push(m) });
    const inside = event({ url: "chapterhouse://app/index.html" });
    const link = event({ url: "https://example.org/" });
    const hostile = event({ url: "file:///etc/passwd" });
    for (const e of [inside, link, hostile]) emitter.emit("will-navigate", e);
    expect([inside.prevented, link.prevented, hostile.prevented]).toEqual([false, true, true]);
    expect(opened).toEqual(["https://example.org/"]);
    expect(warnings).toEqual(["navigation refused: scheme file: is not allowed"]);
  });

  it("[E11.2] subframes and redirects never leave the app and never open anything", () => {
    const { contents, emitter } = fakeContents();
    const opened: string[] = [];
    lockDownWebContents(contents, (url) => opened.push(url), { warn: () => undefined });
    const frame = event({ url: "https://example.org/", isMainFrame: false });
    const redirect = event({ url: "https://example.org/" });
    const appRedirect = event({ url: "chapterhouse://app/index.html" });
    emitter.emit("will-frame-navigate", frame);
    emitter.emit("will-redirect", redirect);
    emitter.emit("will-redirect", appRedirect);
    expect([frame.prevented, redirect.prevented, appRedirect.prevented]).toEqual([true, true, false]);
    expect(opened).toEqual([]);
  });

  it("[E11.2] new windows are always denied, http(s) ones opened outside; webviews are refused", () => {
    const { contents, emitter, open } = fakeContents();
    const opened: string[] = [];
    lockDownWebContents(contents, (url) => opened.push(url), { warn: () => undefined });
    expect(open("https://example.org/help")).toEqual({ action: "deny" });
    expect(open("chapterhouse://app/index.html")).toEqual({ action: "deny" });
    expect(open("javascript:alert(1)")).toEqual({ action: "deny" });
    expect(opened).toEqual(["https://example.org/help"]);
    const webview = event({});
    emitter.emit("will-attach-webview", webview);
    expect(webview.prevented).toBe(true);
  });

  it("[E11.3] permissions, devices and downloads are denied except what the allow-list grants the app", () => {
    const emitter = new EventEmitter();
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = Object.assign(emitter, {
      setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (handlers["request"] = h),
      setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (handlers["check"] = h),
      setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (handlers["device"] = h),
    }) as unknown as Session;
    lockDownSession(session, { warn: () => undefined });
    const request = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      (handlers["request"] as (...args: unknown[]) => void)(null, permission, (g: boolean) => (granted = g), {
        requestingUrl,
      });
      return granted;
    };
    expect(request("clipboard-sanitized-write", "chapterhouse://app/index.html")).toBe(true);
    expect(request("media", "chapterhouse://app/index.html")).toBe(false);
    expect(request("clipboard-sanitized-write", "https://evil.example/")).toBe(false);
    const check = handlers["check"] as (...args: unknown[]) => boolean;
    expect(check(null, "clipboard-sanitized-write", "chapterhouse://app")).toBe(true);
    expect(check(null, "geolocation", "chapterhouse://app")).toBe(false);
    expect((handlers["device"] as () => boolean)()).toBe(false);
    const download = event({});
    emitter.emit("will-download", download);
    expect(download.prevented).toBe(true);
  });
});

describe("the application menu", () => {
  it("[E10.4] the File menu sends the export and import commands to the page", () => {
    const sent: MenuCommand[] = [];
    const template = applicationMenuTemplate((command) => sent.push(command), "linux");
    const file = template.find((item) => item.label === "&File");
    const items = file?.submenu as { label?: string; click?: () => void }[];
    items.find((item) => item.label?.startsWith("Export"))!.click!();
    items.find((item) => item.label?.startsWith("Import"))!.click!();
    expect(sent).toEqual([{ type: "export-bundle" }, { type: "import-bundle" }]);
    expect(applicationMenuTemplate(() => undefined, "darwin")[0]).toEqual({ role: "appMenu" });
  });
});
