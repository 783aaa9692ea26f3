/**
 * The app built for the end-to-end tests. Mode "test" (the default) compiles in
 * `window.__chapterhouseTest`; mode "production" is the build members get. Each is built once
 * per change of its sources (including the built core it bundles) and shared by every test
 * file of a run.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cachedBuild } from "./cached-build.js";
import { runViteBuild } from "./run-vite-build.js";

const rendererDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Returns the folder of a build of the app (it holds `index.html`), building it if needed. */
export function buildApp(mode: "test" | "production" = "test"): Promise<string> {
  const inputs = ["src", "public", "index.html", "vite.config.ts", "package.json", "../crdt/dist"].map((p) =>
    join(rendererDir, p),
  );
  return cachedBuild(`app-${mode}`, inputs, (outDir) =>
    runViteBuild(["--mode", mode, "--outDir", outDir, "--emptyOutDir"], rendererDir),
  );
}
