// The app as the end-to-end tests build it (renderer/test/helpers/build-app.ts): `vite build
// --mode test` (the test hooks compiled in, vaults sealed with the weakest scrypt parameters so an
// identity is created in milliseconds), into a fresh temporary folder, through Vite's API.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const rendererDir = path.join(
  path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url)))),
  "renderer",
);

/**
 * Builds the app (mode "test") into a new folder under the system's temp directory and returns
 * it (it holds `index.html`); the caller removes it. `minify: false` keeps the code's own names
 * (for a profile read by function); `root`: another checkout's renderer folder (a before/after
 * comparison built by the same script). Rejects with Vite's error if the build fails.
 */
export async function buildApp({ minify = true, root = rendererDir } = {}) {
  const outDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-app-"));
  await build({ root, mode: "test", logLevel: "warn", build: { outDir, emptyOutDir: true, ...(minify ? {} : { minify: false }) } });
  return outDir;
}
