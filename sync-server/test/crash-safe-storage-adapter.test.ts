import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runStorageAdapterTests } from "@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js";
import { CrashSafeStorageAdapter } from "../src/crash-safe-storage-adapter.js";
import { StorageKeyError } from "../src/storage-key.js";
import { tempDir } from "./helpers/temp-dir.js";
import { listFilesRecursively } from "./helpers/list-files.js";

describe("[W5.4] the crash-safe storage adapter passes automerge-repo's storage contract suite", () => {
  runStorageAdapterTests(async () => {
    const dir = await tempDir("contract");
    const adapter = await CrashSafeStorageAdapter.open(dir.path);
    return { adapter, teardown: dir.remove };
  }, "CrashSafeStorageAdapter");
});

describe("CrashSafeStorageAdapter", () => {
  let dir: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    dir = await tempDir("storage");
  });
  afterEach(async () => {
    await dir.remove();
  });

  it("[W5.1] refuses keys outside the alphabet, so no key reaches outside the store", async () => {
    const adapter = await CrashSafeStorageAdapter.open(join(dir.path, "store"));
    const bad = [["..", "x"], ["a", "../../escape"], ["a/b"], ["a", ""], [], ["a", "b.c"], ["con"], ["a", "x".repeat(101)], ["a\u0000"]];
    for (const key of bad) {
      await expect(adapter.save(key, new Uint8Array([1]))).rejects.toThrow(StorageKeyError);
      await expect(adapter.load(key)).rejects.toThrow(StorageKeyError);
    }
    await expect(adapter.loadRange([".."])).rejects.toThrow(StorageKeyError);
    await expect(adapter.removeRange(["a", "/"])).rejects.toThrow(StorageKeyError);
    expect(await readdir(dir.path)).toEqual(["store"]);
  });

  it("[W5.1] keys that differ only in case are stored apart", async () => {
    const adapter = await CrashSafeStorageAdapter.open(dir.path);
    await adapter.save(["Doc", "snapshot", "aB"], new Uint8Array([1]));
    await adapter.save(["doc", "snapshot", "ab"], new Uint8Array([2]));
    await adapter.save(["DOC", "snapshot", "AB"], new Uint8Array([3]));
    expect(await adapter.load(["Doc", "snapshot", "aB"])).toEqual(new Uint8Array([1]));
    expect(await adapter.load(["doc", "snapshot", "ab"])).toEqual(new Uint8Array([2]));
    expect(await adapter.load(["DOC", "snapshot", "AB"])).toEqual(new Uint8Array([3]));
    expect(await adapter.firstKeyParts()).toEqual(["DOC", "Doc", "doc"]);
    const names = await listFilesRecursively(dir.path);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("[W5.3] temporary files left by a crash are removed when the store opens, and never loaded", async () => {
    await mkdir(join(dir.path, "tmp"), { recursive: true });
    await writeFile(join(dir.path, "tmp", "left-over.tmp"), new Uint8Array([9, 9]));
    const adapter = await CrashSafeStorageAdapter.open(dir.path);
    expect(await readdir(join(dir.path, "tmp"))).toEqual([]);
    expect(await adapter.loadRange([])).toEqual([]);
  });

  it("[W5.2] a save leaves no temporary file behind and the last of two saves on one key wins", async () => {
    const adapter = await CrashSafeStorageAdapter.open(dir.path);
    await Promise.all([adapter.save(["k", "v"], new Uint8Array([1])), adapter.save(["k", "v"], new Uint8Array([2]))]);
    expect(await adapter.load(["k", "v"])).toEqual(new Uint8Array([2]));
    expect(await readdir(join(dir.path, "tmp"))).toEqual([]);
  });

  it("[W5.4] a key and the longer keys it prefixes are loaded and removed by range, and loadRange([]) lists all", async () => {
    const adapter = await CrashSafeStorageAdapter.open(dir.path);
    await adapter.save(["a"], new Uint8Array([1]));
    await adapter.save(["a", "b"], new Uint8Array([2]));
    await adapter.save(["a", "bc"], new Uint8Array([3]));
    await adapter.save(["ab", "b"], new Uint8Array([4]));
    expect((await adapter.loadRange(["a", "b"])).map((c) => c.key)).toEqual([["a", "b"]]);
    expect((await adapter.loadRange(["a"])).map((c) => c.key)).toEqual([["a"], ["a", "b"], ["a", "bc"]]);
    expect((await adapter.loadRange([])).length).toBe(4);
    await adapter.removeRange(["a"]);
    expect((await adapter.loadRange([])).map((c) => c.key)).toEqual([["ab", "b"]]);
  });
});
