/**
 * The accessibility check of the end-to-end tests (docs/ARCHITECTURE.md A11Y1): axe-core run in
 * the page as it is now. Its source is evaluated through DevTools, so the page's own
 * Content-Security-Policy (no inline scripts) does not stop it and the page needs no change.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

declare global {
  interface Window {
    axe?: { run(context: object, options: object): Promise<AxeResults> };
  }
}

let axeSource: Promise<string> | undefined;

/** The impacts that fail the check. */
const FAILING = ["serious", "critical"];

/**
 * Runs axe-core on `page` and rejects, listing each serious or critical violation with the
 * elements it found and how to fix them, if there is any. Minor and moderate findings pass.
 * @param screenName names the screen in the failure message.
 */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  if (!(await page.evaluate(() => window.axe !== undefined))) {
    axeSource ??= readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.evaluate(await axeSource);
  }
  const violations = await page.evaluate(async (failing) => {
    // React Aria's live announcer keeps what it said for 7 s, as a node labelled by the element
    // that said it (a button that was pending): after a navigation that element is gone, and the
    // stale node is not part of any screen. What is announced is checked where it is shown.
    const results = await window.axe!.run({ exclude: [["[data-live-announcer]"]] }, { resultTypes: ["violations"] });
    return results.violations
      .filter((violation) => failing.includes(violation.impact ?? ""))
      .map((violation) => ({
        rule: `${violation.id} (${violation.impact}): ${violation.help}`,
        nodes: violation.nodes.map((node) => `${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`),
      }));
  }, FAILING);
  if (violations.length > 0) {
    const list = violations.map((v) => `  ${v.rule}\n${v.nodes.map((n) => `    - ${n}`).join("\n")}`).join("\n");
    throw new Error(`${screenName}: ${violations.length} serious or critical accessibility violation(s):\n${list}`);
  }
}
