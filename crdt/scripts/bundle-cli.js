// `npm run build`, after `tsc -b`: bundles the compiled `chapterhouse` command (crdt/dist/cli/)
// into crdt/dist/cli-bundle/, which the installed command (crdt/bin/chapterhouse.js) runs.
//
// Why: Node loads ES modules one file at a time, and `chapterhouse verify` loaded about 180 of
// them before it read the bundle (~130 ms of CPU on the critical path of every run; issue 15).
// Bundled, `verify` loads 14 files. Each command stays its own chunk, loaded only when
// it runs (commands.ts), and the pool worker is its own entry, so the worker threads load only
// what they run. Automerge stays an external import: its WebAssembly loads from its own package,
// and `verify` never loads it (verify-module-graph.test.ts).
//
// The compiled modules in crdt/dist/cli/ stay as they are: other packages import
// `@chapterhouse/crdt/cli` from there, and tests run them beside the bundle.
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const here = path.dirname(fileURLToPath(import.meta.url));
/** @param {string} name a module of crdt/dist/cli/, without ".js" */
const compiled = (name) => path.join(here, "..", "dist", "cli", `${name}.js`);
const out = path.join(here, "..", "dist", "cli-bundle");

// A chunk's name carries its content's hash: clear the last build's chunks first.
rmSync(out, { recursive: true, force: true });
await build({
  // `main` is the command; `pool-worker` is what thread-pool.ts starts, found beside it.
  input: { main: compiled("main"), "pool-worker": compiled("pool-worker") },
  platform: "node",
  external: [/^@automerge\//],
  logLevel: "warn",
  output: { dir: out, format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
});
