import { randomUUID } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `bytes` to `path` so that a crash leaves either the old file or the new one, never a
 * torn mix (PROTOCOL.md B6.4 for the CLI's files, W8.2 for the relay's): a temporary file beside it (`.<name>.<random>.tmp`, which no
 * command reads), fsync, rename over `path`, fsync the folder.
 * @throws the file system's error; the temporary file is removed when the write failed.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** fsync of a folder makes its entries (a rename, a new file) durable. Windows can't open folders. */
export async function syncFolder(path: string): Promise<void> {
  if (process.platform === "win32") return;
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
