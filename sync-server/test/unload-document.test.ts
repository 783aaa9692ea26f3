import { Repo, type DocumentId } from "@automerge/automerge-repo";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CrashSafeStorageAdapter } from "../src/crash-safe-storage-adapter.js";
import { unloadDocument } from "../src/unload-document.js";
import { tempDir } from "./helpers/temp-dir.js";

describe("unloading a document", () => {
  let dir: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    dir = await tempDir("unload");
  });
  afterEach(async () => {
    await dir.remove();
  });

  it("[W3.7] an unloaded document stays whole on disk (the stock removeFromCache overwrites it with an empty one)", async () => {
    const storage = await CrashSafeStorageAdapter.open(dir.path);
    const repo = new Repo({ storage, saveDebounceRate: 0 });
    const handle = repo.create({ minutes: "the assembly opened at seven" });
    const documentId: DocumentId = handle.documentId;
    await unloadDocument(repo, documentId);
    expect(repo.handles[documentId]).toBeUndefined();
    // The stock defect writes through a throttled save: give any such timer (0 ms here) time to fire.
    await new Promise((resolve) => setTimeout(resolve, 50));

    const fresh = new Repo({ storage: await CrashSafeStorageAdapter.open(dir.path) });
    const reloaded = await fresh.find<{ minutes: string }>(handle.url);
    expect(reloaded.doc().minutes).toBe("the assembly opened at seven");
  });
});
