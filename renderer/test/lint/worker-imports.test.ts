/**
 * The verification worker's bundle holds what reads documents, never a screen: a feature's
 * index.ts hands out its screens and React contexts, so no module the worker loads may import one
 * (docs/ARCHITECTURE.md, "Adding a feature").
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src/", import.meta.url));
const WORKER = "app/worker/verification-worker.ts";

/** Every source module `entry` loads at run time (type-only imports are erased), with the module that imported it. */
function loadedBy(entry: string): Map<string, string> {
  const importer = new Map<string, string>([[entry, ""]]);
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const text = readFileSync(join(src, file), "utf8");
    for (const [, spec] of text.matchAll(/^(?:import|export)(?! type)[^;]*?\bfrom\s+"(\.[^"]+)"/gms)) {
      const base = normalize(join(dirname(file), spec!.replace(/\.js$/, "")));
      const target = [`${base}.ts`, `${base}.tsx`].find((candidate) => existsSync(join(src, candidate)));
      if (target === undefined || importer.has(target)) continue;
      importer.set(target, file);
      pending.push(target);
    }
  }
  return importer;
}

describe("the verification worker's modules", () => {
  it("load no feature's index.ts and no component", () => {
    const loaded = loadedBy(WORKER);
    expect(loaded.size).toBeGreaterThan(10);
    const screens = [...loaded].filter(([file]) => /(^|\/)index\.ts$|\.tsx$/.test(file)).map(([file, by]) => `${file} (imported by ${by})`);
    expect(screens).toEqual([]);
  });
});
