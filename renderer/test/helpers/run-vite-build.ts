/** Runs `vite build` in a child process (the test runner's own Vite stays untouched). */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Runs `vite build …args` with `cwd` as working directory, always as a production build
 * (NODE_ENV=production, whatever the test runner set). Rejects with Vite's output on failure.
 */
export function runViteBuild(args: readonly string[], cwd: string): Promise<void> {
  const viteBin = join(
    dirname(createRequire(import.meta.url).resolve("vite/package.json")),
    "bin",
    "vite.js",
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, "build", ...args, "--logLevel", "warn"], {
      cwd,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build ${args.join(" ")} failed (${code}):\n${output}`)),
    );
  });
}
