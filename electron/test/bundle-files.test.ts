import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  bundleFileName,
  exportBundleFile,
  importBundleFile,
  type BundleFileDeps,
} from "../src/bundle-files.js";
import { readBoundedFile, writeFileAtomically } from "../src/text-file-store.js";
import { useTempFolders } from "./helpers/temp-folder.js";

const tempFolder = useTempFolders();

const CHAPTER = "2o5jPmKyXaS3YwBH2kNDoRxYJQ5A";
const PROPOSAL = "3Xk9qLmNpRsTuVwXyZaBcDeFgH1J";
const documentBytes = (title: string) => A.save(A.from({ title }));

/** Dialogs answered in advance, files in a real folder. */
async function desk(answers: { save?: string | undefined; open?: string | undefined }) {
  const folder = await tempFolder();
  const asked: string[] = [];
  const deps: BundleFileDeps = {
    chooseSavePath: (name) => (
      asked.push(`save ${name}`),
      Promise.resolve(answers.save === undefined ? undefined : join(folder, answers.save))
    ),
    chooseOpenPath: () => (
      asked.push("open"),
      Promise.resolve(answers.open === undefined ? undefined : join(folder, answers.open))
    ),
    writeFile: writeFileAtomically,
    readFile: readBoundedFile,
  };
  return { folder, deps, asked };
}

describe("sync by file from the menu", () => {
  it("[E10.1] an exported chapter imports back whole, document for document", async () => {
    const { deps, asked } = await desk({ save: "chapter.chapterhouse", open: "chapter.chapterhouse" });
    const documents = [
      { documentId: CHAPTER, bytes: documentBytes("Riverside chapter") },
      { documentId: PROPOSAL, bytes: documentBytes("Bike lanes") },
    ];
    expect(await exportBundleFile({ suggestedName: "Riverside", documents }, deps)).toEqual({
      type: "saved",
      fileName: "chapter.chapterhouse",
      documents: 2,
    });
    expect(asked).toEqual(["save Riverside.chapterhouse"]);
    const imported = await importBundleFile(deps);
    expect(imported.type).toBe("imported");
    if (imported.type !== "imported") return;
    expect(imported.fileName).toBe("chapter.chapterhouse");
    expect(imported.documents.map((d) => d.documentId)).toEqual([CHAPTER, PROPOSAL]);
    expect(A.load<{ title: string }>(imported.documents[1]!.bytes).title).toBe("Bike lanes");
  });

  it("[B7] a vote bundle chosen in the import dialog comes back as its text, for the page to check", async () => {
    const { folder, deps } = await desk({ open: "stairwell.vote-bundle.json" });
    const text = '{"documents":[],"type":"chapterhouse-vote-bundle","v":1,"vote":{}}\n';
    await writeFile(join(folder, "stairwell.vote-bundle.json"), text);
    expect(await importBundleFile(deps)).toEqual({ type: "vote-bundle", fileName: "stairwell.vote-bundle.json", text });
  });

  it("[E10.1] a cancelled dialog does nothing", async () => {
    const { deps } = await desk({});
    expect(
      await exportBundleFile(
        { suggestedName: "x", documents: [{ documentId: CHAPTER, bytes: documentBytes("a") }] },
        deps,
      ),
    ).toEqual({ type: "cancelled" });
    expect(await importBundleFile(deps)).toEqual({ type: "cancelled" });
  });

  it("[E10.2] documents that would not load on import are refused before any dialog opens", async () => {
    const { deps, asked } = await desk({ save: "x.chapterhouse" });
    const truncated = documentBytes("Riverside chapter").slice(0, 20);
    await expect(
      exportBundleFile({ suggestedName: "x", documents: [{ documentId: CHAPTER, bytes: truncated }] }, deps),
    ).rejects.toMatchObject({ code: "invalid-argument" });
    await expect(
      exportBundleFile(
        { suggestedName: "x", documents: [{ documentId: "not base58 0OIl", bytes: documentBytes("a") }] },
        deps,
      ),
    ).rejects.toMatchObject({ code: "invalid-argument" });
    expect(asked).toEqual([]);
  });

  it("[E10.3] a truncated, corrupted or foreign file is reported as invalid and gives no documents", async () => {
    const { folder, deps } = await desk({ save: "good.chapterhouse" });
    await exportBundleFile(
      {
        suggestedName: "good",
        documents: [{ documentId: CHAPTER, bytes: documentBytes("Riverside chapter") }],
      },
      deps,
    );
    const good = await readBoundedFile(join(folder, "good.chapterhouse"), 1 << 20);
    const corrupted = good.slice();
    corrupted[corrupted.length - 3]! ^= 0xff;
    const cases: [string, Uint8Array, RegExp][] = [
      ["truncated.chapterhouse", good.slice(0, good.length - 5), /ends inside/],
      ["corrupted.chapterhouse", corrupted, /hash|load/],
      ["foreign.chapterhouse", new TextEncoder().encode("PK\u0003\u0004 a zip file"), /signature/],
    ];
    for (const [name, bytes, reason] of cases) {
      await writeFileAtomically(join(folder, name), bytes);
      const result = await importBundleFile({
        ...deps,
        chooseOpenPath: () => Promise.resolve(join(folder, name)),
      });
      expect(result.type, name).toBe("invalid");
      expect(result.type === "invalid" && result.reason, name).toMatch(reason);
    }
  });

  it("[E10.3] a file that cannot be read is a file-failed error", async () => {
    const { deps } = await desk({ open: "missing.chapterhouse" });
    await expect(importBundleFile(deps)).rejects.toMatchObject({
      code: "file-failed",
      message: "missing.chapterhouse could not be read: ENOENT",
    });
  });

  it("[E10.1] bundle files get the bundle extension once", () => {
    expect(bundleFileName("Riverside")).toBe("Riverside.chapterhouse");
    expect(bundleFileName("Riverside.CHAPTERHOUSE")).toBe("Riverside.CHAPTERHOUSE");
  });
});
