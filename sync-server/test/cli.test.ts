import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliUsageError, parseCliOptions } from "../src/cli-options.js";
import { defaultDataDir } from "../src/default-data-dir.js";
import { httpRequest } from "./helpers/http-get.js";
import { exited, spawnNodeWithLines } from "./helpers/spawn-lines.js";
import { tempDir } from "./helpers/temp-dir.js";

const builtCli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

describe("chapterhouse-relay command line", () => {
  it("[W6.1] defaults: port 3030, host 127.0.0.1, the user's data folder, no token", () => {
    const options = parseCliOptions([], {}, "linux", "/home/ada");
    expect(options).toEqual({
      help: false,
      port: 3030,
      host: "127.0.0.1",
      dataDir: "/home/ada/.local/share/chapterhouse/relay",
      peers: [],
      web: undefined,
      token: undefined,
      mirrorToken: undefined,
      limits: {},
    });
  });

  it("[W6.1] the data folder follows XDG_DATA_HOME on Linux, Application Support on macOS, APPDATA on Windows", () => {
    expect(defaultDataDir("linux", { XDG_DATA_HOME: "/data/xdg" }, "/home/ada")).toBe("/data/xdg/chapterhouse/relay");
    expect(defaultDataDir("linux", { XDG_DATA_HOME: "relative" }, "/home/ada")).toBe("/home/ada/.local/share/chapterhouse/relay");
    expect(defaultDataDir("darwin", {}, "/Users/ada")).toBe("/Users/ada/Library/Application Support/chapterhouse/relay");
    expect(defaultDataDir("win32", { APPDATA: "C:\\Users\\ada\\AppData\\Roaming" }, "C:\\Users\\ada")).toContain(join("chapterhouse", "relay"));
  });

  it("[W6.1] reads repeatable --peer, tokens (flag or environment) and limit flags", () => {
    const options = parseCliOptions(
      ["--port", "0", "--host", "0.0.0.0", "--data", "/srv/relay", "--peer", "ws://a/?token=x", "--peer", "ws://b/", "--max-document-ops", "1000", "--messages-per-second", "20"],
      { CHAPTERHOUSE_RELAY_TOKEN: "t1", CHAPTERHOUSE_RELAY_MIRROR_TOKEN: "m1" },
      "linux",
      "/home/ada",
    );
    expect(options).toMatchObject({
      port: 0,
      host: "0.0.0.0",
      dataDir: "/srv/relay",
      peers: ["ws://a/?token=x", "ws://b/"],
      token: "t1",
      mirrorToken: "m1",
      limits: { maxDocumentOps: 1000, messagesPerSecond: 20 },
    });
    expect(parseCliOptions(["--token", "flag"], { CHAPTERHOUSE_RELAY_TOKEN: "env" }, "linux", "/h").token).toBe("flag");
  });

  it("[W6.1] refuses unknown flags, missing values and non-integers", () => {
    expect(() => parseCliOptions(["--bogus"], {}, "linux", "/h")).toThrow(CliUsageError);
    expect(() => parseCliOptions(["--port"], {}, "linux", "/h")).toThrow(CliUsageError);
    expect(() => parseCliOptions(["--port", "80a"], {}, "linux", "/h")).toThrow(/integer/);
    expect(() => parseCliOptions(["--port", "70000"], {}, "linux", "/h")).toThrow(/65535/);
    expect(() => parseCliOptions(["--max-connections", "-1"], {}, "linux", "/h")).toThrow(CliUsageError);
  });

  it("[W6.1] the built CLI prints where it listens and stores, serves /healthz, and exits 0 on SIGTERM", async () => {
    expect(existsSync(builtCli), "build sync-server first: npx tsc -b sync-server").toBe(true);
    const dir = await tempDir("cli");
    try {
      const dataDir = join(dir.path, "nested", "store");
      const lines: string[] = [];
      let announced: () => void = () => undefined;
      const ready = new Promise<void>((resolve) => (announced = resolve));
      const child = spawnNodeWithLines(builtCli, ["--port", "0", "--data", dataDir, "--token", "t"], (line) => {
        lines.push(line);
        if (line.startsWith("storing documents in ")) announced();
      });
      await ready;
      const port = Number(/listening on ws:\/\/127\.0\.0\.1:(\d+)\/ \(token required/.exec(lines[0]!)?.[1]);
      expect(port).toBeGreaterThan(0);
      expect(lines[1]).toBe(`storing documents in ${dataDir}`);
      expect(existsSync(join(dataDir, "chunks"))).toBe(true);
      expect((await httpRequest(port, "/healthz")).status).toBe(200);
      child.kill("SIGTERM");
      expect(await exited(child)).toEqual({ code: 0, signal: null });
    } finally {
      await dir.remove();
    }
  });
});
