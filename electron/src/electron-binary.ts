/**
 * Finds an installed Electron binary WITHOUT requiring the `electron` package: its index.js
 * tries to download the binary when it is missing, which hangs or fails on a machine without
 * internet. The package records the binary's relative path in `path.txt` once its install
 * script has run (the project never approves that script; see README "Desktop app").
 */
import { join } from "node:path";

/** The file-system calls this needs, passed in so the decision is testable. */
export interface BinaryProbe {
  exists(path: string): boolean;
  readText(path: string): string;
}

/**
 * Returns the Electron executable's absolute path, or undefined when Electron's binary is not
 * installed (no `path.txt`, or it names a file that is not there). Never throws.
 */
export function findElectronBinary(electronPackageDir: string, probe: BinaryProbe): string | undefined {
  try {
    const pathFile = join(electronPackageDir, "path.txt");
    if (!probe.exists(pathFile)) return undefined;
    const relative = probe.readText(pathFile).trim();
    // path.txt holds a name such as "electron" or "Electron.app/Contents/MacOS/Electron".
    if (relative === "" || relative.startsWith("/") || relative.split(/[\\/]/).includes(".."))
      return undefined;
    const binary = join(electronPackageDir, "dist", relative);
    return probe.exists(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}
