import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  MAX_TEXT_FILE_BYTES,
  readBoundedFile,
  textFileStore,
  writeFileAtomically,
} from "../src/text-file-store.js";
import { useTempFolders } from "./helpers/temp-folder.js";

const tempFolder = useTempFolders();

describe("the desktop's small files", () => {
  it("[E6.10] a missing file reads as undefined; written text reads back; the file is the owner's only", async () => {
    const folder = await tempFolder();
    const store = textFileStore(join(folder, "vault.json"));
    expect(await store.read()).toBeUndefined();
    await store.write("first ✓");
    await store.write("second ✓");
    expect(await store.read()).toBe("second ✓");
    expect((await stat(join(folder, "vault.json"))).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual(["vault.json"]);
  });

  it("[E6.10] a failed write leaves the previous file whole and no temporary file", async () => {
    const folder = await tempFolder();
    const path = join(folder, "vault.json");
    await writeFileAtomically(path, "the old text");
    // Renaming over a folder fails after the temporary file is written.
    await expect(writeFileAtomically(folder, "new")).rejects.toBeDefined();
    expect(await readFile(path, "utf8")).toBe("the old text");
    await expect(stat(`${folder}.tmp`)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("[E6.10] a file too large, or not UTF-8, is refused", async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, "big"), new Uint8Array(MAX_TEXT_FILE_BYTES + 1));
    await expect(textFileStore(join(folder, "big")).read()).rejects.toThrow(RangeError);
    await writeFile(join(folder, "bad"), new Uint8Array([0xff, 0xfe]));
    await expect(textFileStore(join(folder, "bad")).read()).rejects.toThrow(TypeError);
    await expect(readBoundedFile(join(folder, "big"), 10)).rejects.toThrow(/larger than 10 bytes/);
    expect(await readBoundedFile(join(folder, "bad"), 10)).toEqual(new Uint8Array([0xff, 0xfe]));
  });
});
