import type { Page } from "playwright-core";

/**
 * Loads the app afresh at `url` (optionally at a route hash such as `#/settings`) and resolves once
 * the shell has rendered and the test hooks are installed.
 */
export async function openApp(page: Page, url: string, hash = "#/"): Promise<void> {
  // From a blank page, so that only the hash differing still loads the app afresh.
  await page.goto("about:blank");
  await page.goto(`${url}${hash}`);
  await page.waitForFunction(() => window.__chapterhouseTest !== undefined);
  // By its test id, not its name: the shell may be drawn in any language.
  await page.getByTestId("peers-connected").waitFor();
}
