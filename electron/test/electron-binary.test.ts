import { describe, expect, it } from "vitest";
import { findElectronBinary, type BinaryProbe } from "../src/electron-binary.js";

function probeOf(files: Record<string, string>): BinaryProbe {
  return {
    exists: (path) => path in files,
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT ${path}`);
      return text;
    },
  };
}

describe("finding the Electron binary without triggering its download", () => {
  it("finds the binary that path.txt names once the install script has run", () => {
    const probe = probeOf({ "/e/path.txt": "electron\n", "/e/dist/electron": "" });
    expect(findElectronBinary("/e", probe)).toBe("/e/dist/electron");
  });

  it("says not installed when path.txt is missing, as after an offline npm ci", () => {
    expect(findElectronBinary("/e", probeOf({}))).toBeUndefined();
  });

  it("says not installed when path.txt names a binary that is not there", () => {
    expect(findElectronBinary("/e", probeOf({ "/e/path.txt": "electron" }))).toBeUndefined();
  });

  it("refuses a path.txt that points outside the package", () => {
    const probe = probeOf({ "/e/path.txt": "../../bin/sh", "/bin/sh": "" });
    expect(findElectronBinary("/e", probe)).toBeUndefined();
    expect(findElectronBinary("/e", probeOf({ "/e/path.txt": "/bin/sh", "/bin/sh": "" }))).toBeUndefined();
  });
});
