/**
 * A test page: a small entry under `renderer/test/pages/<name>/` (an `index.html` and its
 * script) built on its own, for running code in Chromium apart from the app — a contract
 * suite against IndexedDB, a benchmark. Cached like the app build.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cachedBuild } from "./cached-build.js";
import { runViteBuild } from "./run-vite-build.js";

const rendererDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Returns the folder of the built page `name` (it holds `index.html`), building it if needed. */
export function buildTestPage(name: string): Promise<string> {
  const pagesDir = join(rendererDir, "test", "pages");
  const inputs = [
    join(pagesDir, name),
    join(pagesDir, "vite.config.ts"),
    join(rendererDir, "src"),
    join(rendererDir, "../crdt/dist"),
  ];
  return cachedBuild(`page-${name}`, inputs, (outDir) =>
    runViteBuild(
      [
        join(pagesDir, name),
        "--config",
        join(pagesDir, "vite.config.ts"),
        "--outDir",
        outDir,
        "--emptyOutDir",
      ],
      rendererDir,
    ),
  );
}
