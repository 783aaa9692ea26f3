import { randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { Chunk, StorageAdapterInterface, StorageKey } from "@automerge/automerge-repo";
import { syncFolder } from "@chapterhouse/crdt/cli";
import { checkKey, compareKeys, decodePart, encodePart, locate, parseTail, shardOf, StorageKeyError, tailMatches } from "./storage-key.js";

const CHUNKS = "chunks";
const TEMP = "tmp";

/**
 * automerge-repo storage on the local file system that survives being killed at any moment
 * (PROTOCOL.md W5). Each chunk is written to a temporary file in a separate folder, flushed
 * with fsync, renamed over its final name and the folder flushed: a chunk is either absent
 * or whole, never torn. Keys are checked against a strict alphabet (W5.1), so no key can
 * reach outside the store. Nothing is cached: every call reads the disk.
 *
 * Layout under the store folder: `chunks/<shard>/<first key part>/<other parts>` and `tmp/`.
 * Empty folders are left behind by removals (harmless, and saves never race a folder removal).
 */
export class CrashSafeStorageAdapter implements StorageAdapterInterface {
  readonly #chunks: string;
  readonly #temp: string;
  /** Operations in flight per key, so that calls on one key take effect in call order. */
  readonly #queues = new Map<string, Promise<unknown>>();

  private constructor(readonly directory: string) {
    this.#chunks = join(directory, CHUNKS);
    this.#temp = join(directory, TEMP);
  }

  /**
   * Opens (creating if missing) a store in `directory` and deletes temporary files a crash
   * left behind (W5.3). Throws the file system's error if the folder can't be created.
   */
  static async open(directory: string): Promise<CrashSafeStorageAdapter> {
    const adapter = new CrashSafeStorageAdapter(directory);
    await mkdir(adapter.#chunks, { recursive: true });
    await rm(adapter.#temp, { recursive: true, force: true });
    await mkdir(adapter.#temp, { recursive: true });
    await syncFolder(directory);
    return adapter;
  }

  /** Throws `StorageKeyError` for a key outside the alphabet (W5.1). */
  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    const path = this.#pathOf(key);
    return readChunk(path);
  }

  /**
   * Resolves once the chunk is durably on disk (W5.2): after this, a crash leaves it whole.
   * Throws `StorageKeyError` for a key outside the alphabet, or the file system's error.
   */
  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    const location = locate(key);
    const folder = join(this.#chunks, location.shard, location.folder);
    await this.#serially(key, async () => {
      await this.#ensureFolder(location.shard, location.folder);
      const temp = join(this.#temp, `${randomUUID()}.tmp`);
      const handle = await open(temp, "wx");
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await rename(temp, join(folder, location.file));
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      await syncFolder(folder);
    });
  }

  /** Resolves once the removal is durable. Throws `StorageKeyError` for a key outside the alphabet. */
  async remove(key: StorageKey): Promise<void> {
    const location = locate(key);
    const folder = join(this.#chunks, location.shard, location.folder);
    await this.#serially(key, async () => {
      const removed = await unlink(join(folder, location.file)).then(
        () => true,
        (error: unknown) => {
          if (isMissing(error)) return false;
          throw error;
        },
      );
      if (removed) await syncFolder(folder);
    });
  }

  /**
   * Every chunk whose key starts with `keyPrefix` (all of them for `[]`), ordered by key parts
   * read from the last. Throws `StorageKeyError` for a prefix outside the alphabet.
   */
  async loadRange(keyPrefix: StorageKey): Promise<Chunk[]> {
    const chunks: Chunk[] = [];
    for (const key of await this.#keysWithPrefix(keyPrefix)) {
      const data = await readChunk(this.#pathOf(key));
      if (data !== undefined) chunks.push({ key, data });
    }
    return chunks;
  }

  /** Removes every chunk whose key starts with `keyPrefix`. Throws `StorageKeyError` for a bad prefix. */
  async removeRange(keyPrefix: StorageKey): Promise<void> {
    for (const key of await this.#keysWithPrefix(keyPrefix)) await this.remove(key);
  }

  /**
   * The first key parts present in the store (for automerge-repo, the document ids and
   * `storage-adapter-id`): the start-up walk of mirroring (W7.4).
   */
  async firstKeyParts(): Promise<string[]> {
    const parts: string[] = [];
    for (const shard of await listFolder(this.#chunks)) {
      for (const folder of await listFolder(join(this.#chunks, shard))) {
        const part = decodeOrUndefined(() => decodePart(folder));
        if (part !== undefined && shardOf(part) === shard) parts.push(part);
      }
    }
    return parts.sort();
  }

  #pathOf(key: readonly unknown[]): string {
    const { shard, folder, file } = locate(key);
    return join(this.#chunks, shard, folder, file);
  }

  async #keysWithPrefix(keyPrefix: readonly unknown[]): Promise<string[][]> {
    const prefix = checkKey(keyPrefix, { prefix: true });
    const firstParts = prefix.length === 0 ? await this.firstKeyParts() : [prefix[0]!];
    const keys: string[][] = [];
    for (const first of firstParts) {
      const folder = join(this.#chunks, shardOf(first), encodePart(first));
      for (const file of await listFolder(folder)) {
        if (!tailMatches(file, prefix.slice(1))) continue;
        const rest = decodeOrUndefined(() => parseTail(file));
        if (rest !== undefined) keys.push([first, ...rest]);
      }
    }
    return keys.sort(compareKeys);
  }

  async #ensureFolder(shard: string, folder: string): Promise<void> {
    const shardPath = join(this.#chunks, shard);
    const created = await mkdir(join(shardPath, folder), { recursive: true });
    if (created === undefined) return;
    // New folder entries must be durable too, or a renamed chunk inside them could vanish.
    await syncFolder(shardPath);
    await syncFolder(this.#chunks);
  }

  async #serially<T>(key: readonly string[], operation: () => Promise<T>): Promise<T> {
    const id = key.join("/");
    const previous = this.#queues.get(id) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.#queues.set(id, settled);
    try {
      return await result;
    } finally {
      if (this.#queues.get(id) === settled) this.#queues.delete(id);
    }
  }
}

async function readChunk(path: string): Promise<Uint8Array | undefined> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

async function listFolder(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}

function decodeOrUndefined<T>(decode: () => T): T | undefined {
  try {
    return decode();
  } catch (error) {
    if (error instanceof StorageKeyError) return undefined;
    throw error;
  }
}
