import { readFile } from "node:fs/promises";
import { runInThisContext } from "node:vm";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { DesktopApi, DesktopReply, MenuCommand } from "@chapterhouse/crdt/desktop";
import { SAMPLE_REQUESTS } from "./helpers/sample-requests.js";

type Invoke = (channel: string, ...args: unknown[]) => Promise<DesktopReply<unknown>>;

/**
 * Runs the preload's source as Electron runs a sandboxed preload: a CommonJS script whose
 * `require` gives Electron's modules only (here a fake `electron`), and nothing else.
 */
async function loadPreload(invoke: Invoke) {
  const source = await readFile(new URL("../src/preload.cts", import.meta.url), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const exposed: [string, unknown][] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]) },
    ipcRenderer: {
      invoke,
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
        listeners.get(channel)?.delete(listener),
    },
  };
  const sandboxRequire = (name: string) => {
    if (name !== "electron") throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  const module = { exports: {} };
  (
    runInThisContext(`(function (require, exports, module) {${outputText}\n})`) as (
      ...args: unknown[]
    ) => void
  )(sandboxRequire, module.exports, module);
  const emit = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((listener) => listener(...args));
  return { exposed, emit, listeners };
}

const ok = (value: unknown): Promise<DesktopReply<unknown>> => Promise.resolve({ type: "ok", value });

const API_FUNCTIONS = [
  "vaultStatus",
  "createVault",
  "unlockVault",
  "lockVault",
  "revealPhrase",
  "signRecord",
  "openSealed",
  "setRelays",
  "listInterfaces",
  "hostMeeting",
  "meetingStatus",
  "stopMeeting",
  "listMeetings",
  "exportBundle",
  "importBundle",
  "onMenuCommand",
  "showNotification",
] as const satisfies readonly (keyof DesktopApi)[];

describe("the preload", () => {
  it("[E4.1] exposes exactly one object, window.chapterhouse, with exactly the DesktopApi functions", async () => {
    const { exposed } = await loadPreload(() => ok(null));
    expect(exposed.map(([key]) => key)).toEqual(["chapterhouse"]);
    const api = exposed[0]![1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_FUNCTIONS].sort());
    for (const name of API_FUNCTIONS) expect(typeof api[name], name).toBe("function");
  });

  it("[E4.1] each function invokes its own fixed channel with exactly its typed message", async () => {
    const sent: [string, unknown[]][] = [];
    const { exposed } = await loadPreload((channel, ...args) => {
      sent.push([channel, args]);
      return ok("answer");
    });
    const api = exposed[0]![1] as DesktopApi;
    const r = SAMPLE_REQUESTS;
    const calls: [() => Promise<unknown>, keyof typeof r][] = [
      [() => api.vaultStatus(), "vault-status"],
      [() => api.createVault(r["create-vault"].options), "create-vault"],
      [() => api.unlockVault(r["unlock-vault"].passphrase), "unlock-vault"],
      [() => api.lockVault(), "lock-vault"],
      [() => api.revealPhrase(), "reveal-phrase"],
      [() => api.signRecord(r["sign-record"].record), "sign-record"],
      [() => api.openSealed(r["open-sealed"].seals), "open-sealed"],
      [() => api.setRelays(r["set-relays"].relays), "set-relays"],
      [() => api.listInterfaces(), "list-interfaces"],
      [() => api.hostMeeting(r["host-meeting"].options), "host-meeting"],
      [() => api.meetingStatus(), "meeting-status"],
      [() => api.stopMeeting(), "stop-meeting"],
      [() => api.listMeetings(), "list-meetings"],
      [() => api.exportBundle(r["export-bundle"].request), "export-bundle"],
      [() => api.importBundle(), "import-bundle"],
      [() => api.showNotification(r["show-notification"].notice), "show-notification"],
    ];
    for (const [call, type] of calls) {
      sent.length = 0;
      expect(await call()).toBe("answer");
      expect(sent).toEqual([[`chapterhouse:${type}`, [r[type]]]]);
    }
  });

  it("[E4.1] arguments beyond a function's own are not passed on, and absent options are left out", async () => {
    const sent: unknown[][] = [];
    const { exposed } = await loadPreload((...args) => {
      sent.push(args);
      return ok(null);
    });
    const api = exposed[0]![1] as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await api["vaultStatus"]!("chapterhouse:sign-record", { type: "sign-record" });
    await api["unlockVault"]!();
    expect(sent).toEqual([
      ["chapterhouse:vault-status", { type: "vault-status" }],
      ["chapterhouse:unlock-vault", { type: "unlock-vault" }],
    ]);
    expect(Object.keys(sent[1]![1] as object)).toEqual(["type"]);
  });

  it("[E4.3] a refusal from the main process rejects with its code and message", async () => {
    const { exposed } = await loadPreload(() =>
      Promise.resolve({ type: "error", code: "vault-locked", message: "unlock the vault before signing" }),
    );
    const api = exposed[0]![1] as DesktopApi;
    await expect(api.signRecord(SAMPLE_REQUESTS["sign-record"].record)).rejects.toThrow(
      "vault-locked: unlock the vault before signing",
    );
  });

  it("[E4.4] menu commands reach the page's listener without the IPC event, checked, until it stops listening", async () => {
    const { exposed, emit, listeners } = await loadPreload(() => ok(null));
    const api = exposed[0]![1] as DesktopApi;
    const heard: unknown[][] = [];
    const stop = api.onMenuCommand((...args: [MenuCommand]) => heard.push(args));
    const event = { sender: { send: () => undefined } };
    emit("chapterhouse:menu-command", event, { type: "export-bundle" });
    emit("chapterhouse:menu-command", event, { type: "format-disk" });
    emit("chapterhouse:menu-command", event, { type: "import-bundle", extra: true });
    emit("chapterhouse:menu-command", event, null);
    expect(heard).toEqual([[{ type: "export-bundle" }]]);
    stop();
    emit("chapterhouse:menu-command", event, { type: "import-bundle" });
    expect(heard).toHaveLength(1);
    expect(listeners.get("chapterhouse:menu-command")?.size).toBe(0);
  });
});
