import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CrashSafeStorageAdapter } from "../src/crash-safe-storage-adapter.js";
import { checkPayload } from "./fixtures/crash-payload.mjs";
import { exited, spawnNodeWithLines } from "./helpers/spawn-lines.js";
import { tempDir } from "./helpers/temp-dir.js";

const writerScript = fileURLToPath(new URL("./fixtures/crash-writer.mjs", import.meta.url));
const builtAdapter = fileURLToPath(new URL("../dist/crash-safe-storage-adapter.js", import.meta.url));
const RUNS = 5;

/** Runs the writer until it has acknowledged `acks` saves, then kills it with SIGKILL. */
async function killMidBurst(directory: string, first: number, acks: number): Promise<Map<string, number>> {
  const acknowledged = new Map<string, number>();
  let count = 0;
  let killed = false;
  const child = spawnNodeWithLines(writerScript, [directory, String(first)], (line) => {
    const match = /^ack (\[.*\]) (\d+)$/.exec(line);
    if (!match) return;
    const n = Number(match[2]);
    const key = match[1]!;
    acknowledged.set(key, Math.max(acknowledged.get(key) ?? -1, n));
    count += 1;
    if (count >= acks && !killed) {
      killed = true;
      child.kill("SIGKILL");
    }
  });
  const result = await exited(child);
  expect(result.signal).toBe("SIGKILL");
  return acknowledged;
}

describe("SIGKILL during a burst of writes", () => {
  let dir: { path: string; remove: () => Promise<void> };
  beforeAll(async () => {
    dir = await tempDir("sigkill");
  });
  afterAll(async () => {
    await dir.remove();
  });

  it(`[W5.2] after each of ${RUNS} kills the store loads and every acknowledged chunk is there whole`, async () => {
    expect(existsSync(builtAdapter), "build sync-server first: npx tsc -b sync-server").toBe(true);
    const everAcknowledged = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      // Each run starts its write numbers far from the others', and kills after a varying count.
      const acknowledged = await killMidBurst(dir.path, run * 1_000_000, 15 + run * 9);
      for (const [key, n] of acknowledged) everAcknowledged.set(key, n);

      const adapter = await CrashSafeStorageAdapter.open(dir.path);
      expect(await readdir(join(dir.path, "tmp"))).toEqual([]);
      const chunks = await adapter.loadRange([]);
      const loaded = new Map(chunks.map((c) => [JSON.stringify(c.key), checkPayload(c.data!)]));
      for (const [key, n] of everAcknowledged) {
        const found = loaded.get(key);
        expect(found, `acknowledged ${key} missing after run ${run}`).toBeDefined();
        // An overwritten key holds the acknowledged write or a later one, never an older one.
        if (key.includes('"latest"')) expect(found!).toBeGreaterThanOrEqual(n);
        else expect(found).toBe(n);
      }
    }
  });
});
