import { describe, expect, it } from "vitest";
import { DesktopFault } from "../src/bridge/desktop-fault.js";
import { DESKTOP_REQUEST_TYPES } from "../src/bridge/ipc-guards.js";
import {
  channelOf,
  dispatchDesktopRequest,
  registerDesktopHandlers,
  type IpcMainLike,
} from "../src/bridge/ipc-dispatch.js";
import { memoryLog, recordingHandlers } from "./helpers/fake-handlers.js";
import { SAMPLE_REQUESTS } from "./helpers/sample-requests.js";

const APP_PAGE = "chapterhouse://app/index.html";

describe("dispatching IPC calls", () => {
  it("[E4.2] a well-formed call from the app's page reaches its handler and is answered ok", async () => {
    const { handlers, calls } = recordingHandlers();
    const reply = await dispatchDesktopRequest(
      handlers,
      "vault-status",
      APP_PAGE,
      [SAMPLE_REQUESTS["vault-status"]],
      memoryLog(),
    );
    expect(reply).toEqual({ type: "ok", value: { answered: "vault-status" } });
    expect(calls).toEqual([{ type: "vault-status", request: { type: "vault-status" } }]);
  });

  it.each([
    ["another origin", "https://evil.example/"],
    ["a lookalike of the app's origin", "chapterhouse://app.evil/"],
    ["a destroyed frame", undefined],
    ["a file page", "file:///tmp/index.html"],
  ])("[E5.7] a call from %s is refused before any handler runs", async (_why, sender) => {
    const { handlers, calls } = recordingHandlers();
    const reply = await dispatchDesktopRequest(
      handlers,
      "reveal-phrase",
      sender,
      [SAMPLE_REQUESTS["reveal-phrase"]],
      memoryLog(),
    );
    expect(reply).toMatchObject({ type: "error", code: "untrusted-sender" });
    expect(calls).toEqual([]);
  });

  it("[E5.2] a call with no argument, or more than one, is refused", async () => {
    const { handlers, calls } = recordingHandlers();
    for (const args of [[], [SAMPLE_REQUESTS["lock-vault"], "extra"]]) {
      expect(await dispatchDesktopRequest(handlers, "lock-vault", APP_PAGE, args, memoryLog())).toMatchObject(
        { type: "error", code: "invalid-argument" },
      );
    }
    expect(calls).toEqual([]);
  });

  it("[E5.2] a malformed argument is refused with a clear message and logged, the handler never runs", async () => {
    const { handlers, calls } = recordingHandlers();
    const log = memoryLog();
    const reply = await dispatchDesktopRequest(
      handlers,
      "sign-record",
      APP_PAGE,
      [{ type: "sign-record", record: new Uint8Array(64) }],
      log,
    );
    expect(reply).toEqual({
      type: "error",
      code: "invalid-argument",
      message: "the desktop signs typed record bodies, never raw bytes",
    });
    expect(calls).toEqual([]);
    expect(log.lines).toEqual([
      "warn sign-record refused: invalid-argument: the desktop signs typed record bodies, never raw bytes",
    ]);
  });

  it("[E4.3] a DesktopFault from a handler keeps its code; any other error is answered without its detail", async () => {
    const faulty = recordingHandlers(() => {
      throw new DesktopFault("vault-locked", "unlock the vault before signing");
    });
    expect(
      await dispatchDesktopRequest(
        faulty.handlers,
        "sign-record",
        APP_PAGE,
        [SAMPLE_REQUESTS["sign-record"]],
        memoryLog(),
      ),
    ).toEqual({
      type: "error",
      code: "vault-locked",
      message: "unlock the vault before signing",
    });
    const broken = recordingHandlers(() => {
      throw new Error("ENOENT /home/alice/.config/secret");
    });
    const log = memoryLog();
    const reply = await dispatchDesktopRequest(
      broken.handlers,
      "vault-status",
      APP_PAGE,
      [SAMPLE_REQUESTS["vault-status"]],
      log,
    );
    expect(reply).toMatchObject({ type: "error", code: "internal" });
    expect(JSON.stringify(reply)).not.toContain("/home/alice");
    expect(log.lines[0]).toContain("/home/alice");
  });

  it("[E4.1] one fixed channel is registered per request type, each answering only its own type", async () => {
    const registered = new Map<string, Parameters<IpcMainLike["handle"]>[1]>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) };
    const { handlers, calls } = recordingHandlers();
    registerDesktopHandlers(ipcMain, handlers, memoryLog());
    expect([...registered.keys()].sort()).toEqual(
      DESKTOP_REQUEST_TYPES.map((type) => `chapterhouse:${type}`).sort(),
    );
    const event = { senderFrame: { url: APP_PAGE } };
    expect(
      await registered.get(channelOf("lock-vault"))!(event, SAMPLE_REQUESTS["lock-vault"]),
    ).toMatchObject({ type: "ok" });
    expect(
      await registered.get(channelOf("lock-vault"))!(event, SAMPLE_REQUESTS["vault-status"]),
    ).toMatchObject({ type: "error", code: "invalid-argument" });
    expect(
      await registered.get(channelOf("lock-vault"))!({ senderFrame: null }, SAMPLE_REQUESTS["lock-vault"]),
    ).toMatchObject({ code: "untrusted-sender" });
    expect(calls.map((call) => call.type)).toEqual(["lock-vault"]);
  });
});
