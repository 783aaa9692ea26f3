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
 * Left out of the check: react-aria's live announcer, which says a pending button's state by
 * pointing at the button for a few seconds, even after the page it was on is gone (a button that
 * navigates when done): it is not part of the page shown.
 */
const EXCLUDED = ["[data-live-announcer]"];

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
  const violations = await page.evaluate(async ({ failing, excluded }) => {
    const results = await window.axe!.run({ exclude: excluded.map((selector) => [selector]) }, { resultTypes: ["violations"] });
    return results.violations
      .filter((violation) => failing.includes(violation.impact ?? ""))
      .map((violation) => ({
        rule: `${violation.id} (${violation.impact}): ${violation.help}`,
        nodes: violation.nodes.map((node) => `${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`),
      }));
  }, { failing: FAILING, excluded: EXCLUDED });
  if (violations.length > 0) {
    const list = violations.map((v) => `  ${v.rule}\n${v.nodes.map((n) => `    - ${n}`).join("\n")}`).join("\n");
    throw new Error(`${screenName}: ${violations.length} serious or critical accessibility violation(s):\n${list}`);
  }
}
