import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";

// `npm start` without Electron's binary: the built launcher serves the web app from a local relay.
const launcher = join(import.meta.dirname, "..", "dist", "launch.js");
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe("npm start without the Electron binary", () => {
  it("serves the built app from a local relay, prints its address, and stops cleanly on SIGTERM", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "chapterhouse-start-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const child = spawn(process.execPath, [launcher, "--port", "0", "--data", dataDir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    cleanups.push(() => Promise.resolve(void child.kill("SIGKILL")));
    let out = "";
    child.stdout.setEncoding("utf8");
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: string) => {
        out += chunk;
        const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once("exit", (code) => reject(new Error(`launcher exited early with ${code}: ${out}`)));
    });
    expect(out).toContain("Electron's binary is not installed here");
    expect(out).toContain(dataDir);
    const page = await fetch(address);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const health = await fetch(new URL("healthz", address));
    expect(health.status).toBe(200);
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
  });
});
