/**
 * Files the desktop keeps: a small text file replaced whole and never torn (the vault, the
 * relay list), written to a temporary file beside it, flushed, renamed over it, the folder
 * flushed, so a crash leaves the old text or the new, never a mix; and bounded reads.
 */
import { open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

/** Reads and replaces one text file. */
export interface TextFileStore {
  /** The text, or undefined if there is no file. */
  read(): Promise<string | undefined>;
  /** Replaces the text whole. */
  write(text: string): Promise<void>;
}

/** Largest file read: these files are small; a huge one is not ours. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

/**
 * The store of the file at `path`, created with mode 0600 (owner only).
 * `read` rejects if the file is larger than MAX_TEXT_FILE_BYTES or cannot be read (other than
 * not existing); `write` rejects if any step fails, leaving the previous file in place.
 */
export function textFileStore(path: string): TextFileStore {
  return {
    async read() {
      let bytes: Uint8Array;
      try {
        bytes = await readBoundedFile(path, MAX_TEXT_FILE_BYTES);
      } catch (error) {
        if ((error as { code?: unknown }).code === "ENOENT") return undefined;
        throw error;
      }
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    },
    write: (text) => writeFileAtomically(path, text),
  };
}

/**
 * The bytes of the file at `path`, refusing before reading one larger than `maxBytes`.
 * @throws {RangeError} if it is larger; the file system's error (code "ENOENT", "EISDIR", …)
 *   if it cannot be read.
 */
export async function readBoundedFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new RangeError(`the file is larger than ${maxBytes} bytes`);
    return new Uint8Array(await readFile(handle));
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the file at `path` with `data` without ever leaving it torn: writes
 * `${path}.tmp` (mode 0600), flushes it, renames it over `path`, flushes the folder.
 * @throws the file system's error if a step fails; the previous file is then untouched and
 *   the temporary file removed.
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.tmp`;
  const handle = await open(temporary, "w", 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/** Flushes a folder so the rename survives a power cut; not possible on Windows, where it is skipped. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, "r");
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch {
    // EISDIR/EPERM on some platforms: the rename itself is still atomic.
  } finally {
    await handle.close();
  }
}
