import type { Page } from "playwright-core";

/**
 * Collects a page's console errors, uncaught exceptions and failed requests from now on, so a
 * test can assert the page ran cleanly. Returns the live list.
 */
export function collectConsoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`),
  );
  return problems;
}
