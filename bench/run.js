// `npm run bench`: runs every benchmark module in this folder (each exports `run()` returning a
// JSON-able object of figures) against the built packages and prints one JSON object.
// Usage: node bench/run.js [name …]   (names are file names without .js; default: all)
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = new Set(process.argv.slice(2));
const files = (await readdir(here)).filter((f) => f.endsWith(".js") && f !== "run.js").sort();
const results = { machine: { node: process.version, cpus: (await import("node:os")).cpus().length }, benchmarks: {} };
for (const file of files) {
  const name = file.slice(0, -3);
  if (wanted.size > 0 && !wanted.has(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  const module = await import(path.join(here, file));
  results.benchmarks[name] = await module.run();
}
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
