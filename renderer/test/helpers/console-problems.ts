import type { Page } from "playwright-core";

/**
 * True for the line the browser itself prints when the app asks a server that is not a relay
 * for `relay.json` (PROTOCOL.md W6.5) and gets a 404: the expected answer of every static
 * server. No script can silence that line; the app itself logs nothing then.
 */
function isRelayProbeNotFound(text: string, url: string): boolean {
  return text.startsWith("Failed to load resource: the server responded with a status of 404") && url.endsWith("/relay.json");
}

/**
 * Collects a page's console errors, uncaught exceptions and failed requests from now on, so a
 * test can assert the page ran cleanly. Returns the live list.
 */
export function collectConsoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error" || isRelayProbeNotFound(message.text(), message.location().url)) return;
    problems.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`),
  );
  return problems;
}

/**
 * True for the line the browser prints when it cannot reach the relay on `port`, WebSocket or
 * request, by whichever name it is reached: 127.0.0.1, or the insecure origin's host a phone maps
 * to it (`--host-resolver-rules`, e.g. chapterhouse.test).
 */
function isRefusedBy(port: number, line: string): boolean {
  return new RegExp(`//[^/\\s]+:${port}(/|\\s|$)`).test(line) && line.includes("ERR_CONNECTION_REFUSED");
}

/**
 * Runs `outage`, a step that stops the relay on `port` on purpose and starts it again, and drops
 * from `lists` (each from `collectConsoleProblems`) the lines the browser itself printed
 * meanwhile because that relay refused a connection: the expected sign of the outage, which no
 * script can silence, and more of them the slower the step runs. Every other line stays.
 */
export async function duringRelayOutage<T>(lists: readonly string[][], port: number, outage: () => Promise<T>): Promise<T> {
  const starts = lists.map((list) => list.length);
  try {
    return await outage();
  } finally {
    lists.forEach((list, index) => {
      const during = list.splice(starts[index] ?? list.length);
      list.push(...during.filter((line) => !isRefusedBy(port, line)));
    });
  }
}
