/**
 * How other packages import crdt (docs/ARCHITECTURE.md, "Importing crdt"): by folder, one subpath
 * each, never through one index of everything; and lint keeps it so.
 */
import { ESLint, type Linter } from "eslint";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const src = join(root, "crdt/src");
const folders = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, "index.ts")))
  .map((entry) => entry.name);
const RULES = ["no-restricted-imports", "no-restricted-syntax"];

describe("crdt's subpaths", () => {
  it("each folder is a subpath that loads its index, and the bare package name loads nothing", async () => {
    expect(folders).toEqual(expect.arrayContaining(["records", "encoding", "verify", "votes"]));
    const records = await import("@chapterhouse/crdt/records");
    expect(typeof records.parseRecord).toBe("function");
    const encoding = await import("@chapterhouse/crdt/encoding");
    expect(encoding.toBase64url(new Uint8Array([251]))).toBe("-w");
    const bare = "@chapterhouse/crdt";
    await expect(import(/* @vite-ignore */ bare)).rejects.toThrow();
  });

  it("no source file sits outside a folder, so every file is reached through a subpath", () => {
    const loose = readdirSync(src).filter((name) => /\.ts$/.test(name) && !name.endsWith(".test.ts"));
    expect(loose).toEqual([]);
  });

  it("each folder's index.ts lists what it exports, never `export *`", () => {
    const wholesale = folders.filter((folder) => /^\s*export\s+(type\s+)?\*/m.test(readFileSync(join(src, folder, "index.ts"), "utf8")));
    expect(wholesale).toEqual([]);
  });
});

describe("lint of crdt imports", () => {
  /** The errors of the import rules for a file at `path` holding `code`, in each package. */
  let lintAs: (path: string, code: string) => Promise<string[]>;

  beforeAll(() => {
    lintAs = async (path, code) => {
      // The repository's own options for the file, run alone (the type-aware rules need real files).
      const config = (await new ESLint({ cwd: root }).calculateConfigForFile(join(root, path))) as Linter.Config;
      const rules = Object.fromEntries(RULES.map((rule) => [rule, config.rules?.[rule] ?? "off"]));
      const eslint = new ESLint({
        cwd: root,
        overrideConfigFile: true,
        overrideConfig: [{ files: ["**/*.ts", "**/*.tsx", "**/*.js"], languageOptions: { parser: tseslint.parser }, rules }],
      });
      const [result] = await eslint.lintText(code, { filePath: join(root, path) });
      return result!.messages.filter((m) => RULES.includes(m.ruleId ?? "")).map((m) => m.message);
    };
  });

  const places = ["renderer/src/features/votes/fixture.tsx", "renderer/test/e2e/fixture.test.ts", "sync-server/src/fixture.ts", "electron/src/fixture.ts", "crdt/cli/fixture.ts", "bench/fixture.js"];

  it.each(places)("importing the bare package is an error in %s, statically, dynamically or as a type", async (path) => {
    expect(await lintAs(path, 'import { parseRecord } from "@chapterhouse/crdt";\nexport const a = parseRecord;\n')).toHaveLength(1);
    expect(await lintAs(path, 'export { parseRecord } from "@chapterhouse/crdt";\n')).toHaveLength(1);
    expect(await lintAs(path, 'export const a = await import("@chapterhouse/crdt");\n')).toHaveLength(1);
    if (!path.endsWith(".js")) expect(await lintAs(path, 'export type A = import("@chapterhouse/crdt").RecordId;\n')).toHaveLength(1);
  });

  it.each(places)("importing a folder's subpath is allowed in %s", async (path) => {
    expect(await lintAs(path, 'import { parseRecord } from "@chapterhouse/crdt/records";\nexport const a = parseRecord;\n')).toEqual([]);
    expect(await lintAs(path, 'export const a = await import("@chapterhouse/crdt/votes");\n')).toEqual([]);
  });
});
