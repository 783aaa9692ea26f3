import { spawnSync } from "node:child_process";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { screenshotFolder } from "./screenshot-folder.js";

const here = dirname(fileURLToPath(import.meta.url));

function git(args: readonly string[]): { status: number | null; stdout: string } {
  const run = spawnSync("git", ["-C", here, ...args], { encoding: "utf8" });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout.trim() };
}

describe("where the browser tests put their screenshots", () => {
  it("is a folder git ignores, so running the tests rewrites no tracked file", () => {
    const root = git(["rev-parse", "--show-toplevel"]).stdout;
    const picture = relative(here, join(screenshotFolder({}), "chapter.png"));
    expect(picture.startsWith(relative(here, root))).toBe(true);
    // --no-index: the answer for the path as the rules say, whether or not the file exists or is tracked.
    expect(git(["check-ignore", "--quiet", "--no-index", picture]).status).toBe(0);
  });

  it("is docs/screenshots for npm run screenshots, which refreshes the README's pictures", () => {
    const root = git(["rev-parse", "--show-toplevel"]).stdout;
    expect(screenshotFolder({ CHAPTERHOUSE_SCREENSHOTS: "docs/screenshots" })).toBe(join(root, "docs", "screenshots"));
  });
});
