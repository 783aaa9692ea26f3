/**
 * A build shared by every test process of a run and reused by later runs while its inputs are
 * unchanged: it lives in the system's temp directory under a name made of `name` and a hash of
 * the input files. The first process takes a lock (an exclusive mkdir) and builds into a staging
 * folder renamed into place; the others wait for it.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { waitFor } from "./wait-for.js";

const DONE = ".build-complete";
const STALE_LOCK_MS = 180_000;
const OLD_BUILD_MS = 600_000;
const PREFIX = "chapterhouse-test-build-";

async function listFiles(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  if ((await stat(path)).isFile()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function hashInputs(inputs: readonly string[], base: string): Promise<string> {
  const files = [...new Set((await Promise.all(inputs.map(listFiles))).flat())].sort();
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(relative(base, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** Deletes builds of earlier inputs (older than OLD_BUILD_MS) left in the temp directory. */
async function removeOldBuilds(current: string): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith(PREFIX) || path === current || name.endsWith(".lock")) continue;
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > OLD_BUILD_MS) await rm(path, { recursive: true, force: true });
  }
}

/**
 * Returns the folder of the build named `name` for the current `inputs` (files or folders),
 * running `build(outDir)` if no such build exists yet.
 * Rejects if the build fails or another process's build does not finish in time.
 */
export async function cachedBuild(
  name: string,
  inputs: readonly string[],
  build: (outDir: string) => Promise<void>,
): Promise<string> {
  const outDir = join(
    tmpdir(),
    `${PREFIX}${name}-${await hashInputs(
      inputs.map((i) => resolve(i)),
      resolve("/"),
    )}`,
  );
  const lock = `${outDir}.lock`;
  for (;;) {
    if (existsSync(join(outDir, DONE))) return outDir;
    try {
      await mkdir(lock);
    } catch {
      const { mtimeMs } = await stat(lock).catch(() => ({ mtimeMs: Date.now() }));
      if (Date.now() - mtimeMs > STALE_LOCK_MS) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      await waitFor(
        () => existsSync(join(outDir, DONE)) || !existsSync(lock),
        `another process's build of ${name}`,
        {
          timeoutMs: STALE_LOCK_MS,
          intervalMs: 200,
        },
      );
      continue;
    }
    try {
      if (existsSync(join(outDir, DONE))) return outDir;
      const staging = `${outDir}.staging-${process.pid}`;
      await rm(staging, { recursive: true, force: true });
      await build(staging);
      await writeFile(join(staging, DONE), new Date().toISOString());
      await rm(outDir, { recursive: true, force: true });
      await rename(staging, outDir);
      await removeOldBuilds(outDir);
      return outDir;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}
