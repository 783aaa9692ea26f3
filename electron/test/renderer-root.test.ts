import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { PACKAGED_RENDERER_FOLDER, rendererRoot } from "../src/renderer-root.js";

const workspace = resolve(import.meta.dirname, "..", "..");
const compiledMain = pathToFileURL(join(workspace, "electron", "dist", "main.js")).href;

/** The `from`/`to` pairs of electron-builder.yml's top-level `extraResources` list. */
function extraResources(yaml: string): { from: string; to: string }[] {
  const lines = yaml.split("\n");
  const start = lines.findIndex((line) => line === "extraResources:");
  if (start < 0) return [];
  const entries: { from: string; to: string }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const from = /^\s*- from:\s*(\S+)\s*$/.exec(line);
    const to = /^\s+to:\s*(\S+)\s*$/.exec(line);
    if (from) entries.push({ from: from[1]!, to: "" });
    else if (to && entries.length > 0) entries[entries.length - 1]!.to = to[1]!;
  }
  return entries;
}

describe("where the main process finds the renderer build", () => {
  it("[E3.4] packaged, it is the resources folder's `renderer`", () => {
    expect(
      rendererRoot({
        packaged: true,
        resourcesPath: "/opt/Chapterhouse/resources",
        mainModuleUrl: compiledMain,
      }),
    ).toBe(join("/opt/Chapterhouse/resources", "renderer"));
  });

  it("[E3.4] in development, it is the workspace's renderer/dist, found from the compiled main.js", () => {
    expect(rendererRoot({ packaged: false, resourcesPath: undefined, mainModuleUrl: compiledMain })).toBe(
      join(workspace, "renderer", "dist"),
    );
    // The resources path of a development run (Electron's own folder) is never used.
    expect(
      rendererRoot({
        packaged: false,
        resourcesPath: "/usr/lib/electron/resources",
        mainModuleUrl: compiledMain,
      }),
    ).toBe(join(workspace, "renderer", "dist"));
  });

  it("[E3.4] packaged without a resources path, or from a module that is not a file, it refuses", () => {
    expect(() =>
      rendererRoot({ packaged: true, resourcesPath: undefined, mainModuleUrl: compiledMain }),
    ).toThrow(TypeError);
    expect(() => rendererRoot({ packaged: true, resourcesPath: "", mainModuleUrl: compiledMain })).toThrow(
      TypeError,
    );
    expect(() =>
      rendererRoot({
        packaged: false,
        resourcesPath: undefined,
        mainModuleUrl: "https://example.org/main.js",
      }),
    ).toThrow(TypeError);
  });

  it("[E3.4] electron-builder.yml copies renderer/dist to exactly the folder the packaged app reads", async () => {
    const yaml = await readFile(join(workspace, "electron-builder.yml"), "utf8");
    expect(extraResources(yaml)).toContainEqual({ from: "renderer/dist", to: PACKAGED_RENDERER_FOLDER });
    // The app directory is this package, whose main is the compiled main.js the paths start from.
    expect(yaml).toMatch(/^\s+app: electron\b/m);
    const manifest = JSON.parse(await readFile(join(workspace, "electron", "package.json"), "utf8")) as {
      main: string;
    };
    expect(manifest.main).toBe("dist/main.js");
  });
});
