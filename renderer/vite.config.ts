import { defineConfig, type Plugin } from "vite";
import optimizeLocales from "@react-aria/optimize-locales-plugin";
import react from "@vitejs/plugin-react";
// eslint-disable-next-line no-restricted-imports
import { readdirSync } from "node:fs";
// vite.config.ts runs in Node at build time, never in the browser: Node's file API is fine here.
// eslint-disable-next-line no-restricted-imports
import { readdir, readFile } from "node:fs/promises";
// eslint-disable-next-line no-restricted-imports
import { join, relative, sep } from "node:path";
import { precacheManifest, PRECACHE_GLOBAL, SERVICE_WORKER_FILE } from "./src/shared/offline/precache-manifest.js";

/** Every file under `folder`, as paths relative to it with `/` separators (none if it is missing). */
async function filesUnder(folder: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path).split(sep).join("/"), await readFile(path));
  }
  return files;
}

/**
 * Builds the service worker (`src/shared/offline/service-worker.ts`) as `sw.js` at the app's base and
 * puts in front of it the precache manifest of this very build: every emitted file and every
 * file of `public/` (source maps excluded), with a version hashed from their bytes, so each
 * build gets its own cache and a changed build installs a new worker.
 */
function serviceWorker(): Plugin {
  let publicDir = "";
  return {
    name: "chapterhouse-service-worker",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({ type: "chunk", id: "src/shared/offline/service-worker.ts", fileName: SERVICE_WORKER_FILE });
    },
    async generateBundle(_options, bundle) {
      const worker = bundle[SERVICE_WORKER_FILE];
      if (worker?.type !== "chunk") throw new Error(`${SERVICE_WORKER_FILE} was not built`);
      // A classic service worker script cannot `import`: anything it shares with the app
      // would be split into a shared chunk and imported.
      if (worker.imports.length > 0 || worker.dynamicImports.length > 0) {
        throw new Error(`${SERVICE_WORKER_FILE} must not share modules with the app; it imports ${worker.imports.join(", ")}`);
      }
      const files = publicDir === "" ? new Map<string, Uint8Array>() : await filesUnder(publicDir);
      for (const [name, output] of Object.entries(bundle)) {
        if (name === SERVICE_WORKER_FILE) continue;
        files.set(name, output.type === "chunk" ? new TextEncoder().encode(output.code) : typeof output.source === "string" ? new TextEncoder().encode(output.source) : output.source);
      }
      const manifest = await precacheManifest(files);
      worker.code = `self.${PRECACHE_GLOBAL}=${JSON.stringify(manifest)};\n${worker.code}`;
      // One line added in front: the source map's lines move down by one.
      const map = bundle[`${SERVICE_WORKER_FILE}.map`];
      if (map?.type === "asset" && typeof map.source === "string") {
        const json = JSON.parse(map.source) as { mappings: string };
        map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
      }
    },
  };
}

/**
 * The languages the app has catalogues for (renderer/src/locales/<language>/). react-aria
 * bundles its own few words (a button's "Expand", "Close") in 34 languages; only these are kept.
 */
const LANGUAGES = readdirSync(new URL("./src/locales", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The app is served from any path (a relay's `--web`, a file under a custom protocol in the
// desktop shell), hence a relative base. Vite 8 bundles Automerge's wasm (an ES module import
// of a `.wasm` file) without a plugin; the e2e suite proves it loads in Chromium.
export default defineConfig({
  base: "./",
  plugins: [optimizeLocales.vite({ locales: LANGUAGES }), react(), serviceWorker()],
  // The verification worker is a module worker (`new Worker(url, { type: "module" })`): its
  // bundle is an ES module, so Automerge's wasm import and code splitting work there too.
  worker: { format: "es" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 4096,
  },
});
