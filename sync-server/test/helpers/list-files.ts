import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/** Paths of all files under `root`, relative to it, sorted. */
export async function listFilesRecursively(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}
