/**
 * `npm start`: opens the desktop app where Electron's binary is installed; otherwise serves the
 * built web app from a local relay on this machine and prints its address (README "Quick start").
 * Usage: node electron/dist/launch.js [--browser] [--port N] [--data DIR]
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir, jsonLinesLogger, startRelay } from "@chapterhouse/sync-server";
import { findElectronBinary } from "./electron-binary.js";

const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: {
    browser: { type: "boolean", default: false },
    port: { type: "string", default: "3030" },
    data: { type: "string" },
  },
});

const binary = values.browser
  ? undefined
  : findElectronBinary(dirname(require.resolve("electron/package.json")), {
      exists: existsSync,
      readText: (path) => readFileSync(path, "utf8"),
    });

if (binary !== undefined) {
  const child = spawn(binary, [join(import.meta.dirname, "main.js")], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  await serveInBrowser();
}

async function serveInBrowser(): Promise<void> {
  const web = join(dirname(require.resolve("@chapterhouse/renderer/package.json")), "dist");
  if (!existsSync(join(web, "index.html"))) {
    process.stderr.write(`The web app is not built (${web}). Run \`npm run build\` first.\n`);
    process.exit(2);
  }
  const dataDir = values.data ?? defaultDataDir(process.platform, process.env, homedir());
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a port number, not ${values.port}\n`);
    process.exit(2);
  }
  const relay = await startRelay({ port, host: "127.0.0.1", dataDir, web, logger: jsonLinesLogger() });
  const address = `http://127.0.0.1:${relay.port}/`;
  process.stdout.write(
    [
      `Chapterhouse is running at ${address}`,
      `  open it in your browser; it syncs through the relay at ${relay.url}`,
      `  relay data: ${relay.dataDir}`,
      `Electron's binary is not installed here, so the desktop app can't open; see README "Desktop app".`,
      `Press Ctrl+C to stop.`,
      "",
    ].join("\n"),
  );
  const stop = () => {
    relay.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`stopping the relay failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
