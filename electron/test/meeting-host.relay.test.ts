import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { silentLogger, startRelay } from "@chapterhouse/sync-server";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createMeetingHost } from "../src/meeting-host.js";
import { useTempFolders } from "./helpers/temp-folder.js";

const tempFolder = useTempFolders();

/** How a WebSocket connection attempt ends: opened, or refused with an HTTP status. */
function connect(
  url: string,
): Promise<{ opened: true; socket: WebSocket } | { opened: false; status: number | undefined }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.once("open", () => resolve({ opened: true, socket }));
    socket.once("unexpected-response", (_request, response) => {
      resolve({ opened: false, status: response.statusCode });
      socket.terminate();
    });
    socket.once("error", () => resolve({ opened: false, status: undefined }));
  });
}

describe("a meeting on the embedded relay", () => {
  it("[E8.6] starts with a token on a free port, serves the app, refuses a connection without the token, stops cleanly", async () => {
    const web = await tempFolder();
    await writeFile(join(web, "index.html"), "<!doctype html><title>Chapterhouse meeting</title>");
    const meetings = createMeetingHost({
      startRelay: (options) => startRelay({ ...options, logger: silentLogger }),
      randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
      interfaces: () => [{ name: "lo", address: "127.0.0.1", kind: "loopback" }],
      dataDir: await tempFolder(),
      webRoot: web,
    });

    const result = await meetings.host({ name: "Assembly", address: "127.0.0.1" });
    expect(result.type).toBe("hosting");
    const { meeting } = result;
    expect(meeting.port).toBeGreaterThan(0);
    expect(meeting.token).toMatch(/^[A-Za-z0-9_-]{22}$/);

    // A phone opens the join address: the app is served (the fragment never reaches the server).
    const page = await fetch(meeting.joinUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Chapterhouse meeting");

    // Without the token, or with another, the WebSocket upgrade is refused.
    const base = `ws://127.0.0.1:${meeting.port}/`;
    expect(await connect(base)).toEqual({ opened: false, status: 401 });
    expect(await connect(`${base}?token=${"A".repeat(22)}`)).toEqual({ opened: false, status: 401 });

    // With it, the app's relay client connects.
    const member = await connect(meeting.relayUrl);
    expect(member.opened).toBe(true);
    const closedByHost = member.opened
      ? new Promise<number>((resolve) => member.socket.once("close", (code) => resolve(code)))
      : Promise.resolve(-1);

    expect(await meetings.stop()).toEqual({ type: "stopped" });
    expect(await closedByHost).toBe(1001);
    expect(meetings.status()).toEqual({ type: "idle" });
    await expect(fetch(meeting.joinUrl)).rejects.toThrow();
  });
});
