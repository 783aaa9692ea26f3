/**
 * The desktop's Content-Security-Policy and app protocol, checked in Chromium against the built
 * app (electron/README.md E2, E3): the build served by the app protocol's own code with the
 * policy the main process computes, emulated over http on 127.0.0.1 (desktop-shell.ts).
 */
import { contentSecurityPolicy } from "@chapterhouse/electron";
import { readdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addRelayInSettings } from "../helpers/add-relay-in-settings.js";
import { buildApp } from "../helpers/build-app.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { startRelay, type TestRelay } from "../helpers/start-relay.js";
import { waitFor } from "../helpers/wait-for.js";
import { serveAppProtocol, type AppProtocolServer } from "./desktop-shell.js";

/** A CSP violation as the page reported it. */
interface Violation {
  readonly directive: string;
  readonly blocked: string;
}

declare global {
  interface Window {
    __violations?: Violation[];
    __inlineRan?: boolean;
  }
}

/** Records every `securitypolicyviolation` of the context's pages in `window.__violations`. */
async function recordViolations(browser: TestBrowser): Promise<void> {
  await browser.context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations!.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.__violations ?? []);

/**
 * Violations other than cbor-x's feature probe: automerge-repo's cbor-x tries `Function("")`
 * once at start-up to see whether it may compile decoders, and falls back to plain decoding
 * when the policy refuses it (as it must: no evaluated text).
 */
const unexpected = async (page: Page) =>
  (await violations(page)).filter((v) => !(v.directive === "script-src" && v.blocked === "eval"));

describe("the desktop's Content-Security-Policy in Chromium, against the built app", () => {
  let build: string;
  let allowed: TestRelay;
  let other: TestRelay;
  let app: AppProtocolServer;
  let browser: TestBrowser;
  let problems: string[];

  beforeAll(async () => {
    [build, allowed, other, browser] = await Promise.all([
      buildApp(),
      startRelay(),
      startRelay(),
      launchBrowser("desktop-csp"),
    ]);
    // The policy the main process gives the page when the member's one relay is `allowed`.
    app = await serveAppProtocol(build, () => contentSecurityPolicy([allowed.url]));
    await recordViolations(browser);
    problems = collectConsoleProblems(browser.page);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([allowed?.close(), other?.close(), app?.close()]);
  });

  it("[E3.1] serves the build with its content types and [E3.3] the policy and security headers on every response", async () => {
    const page = await fetch(app.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toBe(contentSecurityPolicy([allowed.url]));
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await page.text()).toContain('<div id="root">');
    const wasm = (await readdir(`${build}/assets`)).find((name) => name.endsWith(".wasm"));
    expect(wasm).toBeDefined();
    const module = await fetch(new URL(`assets/${wasm}`, app.url));
    expect(module.headers.get("content-type")).toBe("application/wasm");
    expect(module.headers.get("content-security-policy")).toBe(contentSecurityPolicy([allowed.url]));
    expect((await fetch(new URL("assets/%2e%2e/%2e%2e/package.json", app.url))).status).toBe(404);
  });

  it("[E2.5] Automerge's wasm compiles under the policy ('wasm-unsafe-eval') and the app starts without a violation", async () => {
    const before = app.served.length;
    await openApp(browser.page, app.url);
    expect(await browser.page.evaluate(() => window.__chapterhouseTest!.automerge())).toEqual({
      initialized: true,
      roundTrip: "ok",
    });
    expect(await browser.page.evaluate(() => window.isSecureContext)).toBe(true);
    expect(await unexpected(browser.page)).toEqual([]);
    // Served over http, the page also asks for relay.json (PROTOCOL.md W6.5), which a page on
    // the desktop's own scheme never does; that 404 is the emulation's, not the app's.
    expect(
      app.served.slice(before).filter((line) => !line.startsWith("200 ") && line !== "404 /relay.json"),
    ).toEqual([]);
    expect(problems.filter((p) => !p.includes("status of 404"))).toEqual([]);
  });

  it("[E2.5] a relay the policy lists connects", async () => {
    await addRelayInSettings(browser.page, allowed.url);
    expect(await allowed.openConnections()).toBeGreaterThanOrEqual(1);
    expect(await unexpected(browser.page)).toEqual([]);
  });

  it("[E2.5] an inline script is refused: a violation is reported and its side effect does not happen", async () => {
    const { page } = browser;
    const console: string[] = [];
    page.on("console", (message) => console.push(message.text()));
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true;";
      document.head.append(script);
    });
    await waitFor(
      async () =>
        (await violations(page)).some((v) => v.directive.startsWith("script-src") && v.blocked === "inline"),
      "a violation of script-src by an inline script",
    );
    expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
    expect(console.some((text) => /inline script/i.test(text) && /Content Security Policy/.test(text))).toBe(
      true,
    );
    // No evaluated text either ('wasm-unsafe-eval' is not 'unsafe-eval'): the app's own attempt
    // at start-up (cbor-x's probe) was refused. (Code run by the test through DevTools is exempt,
    // so the page's own attempt is the evidence.)
    expect(await violations(page)).toContainEqual({ directive: "script-src", blocked: "eval" });
  });

  it("[E2.5] a connection to a relay the policy does not list is refused before it leaves the page", async () => {
    const { page } = browser;
    const outcome = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          try {
            const socket = new WebSocket(url);
            socket.onopen = () => resolve("open");
            socket.onerror = () => resolve("error");
          } catch (error) {
            resolve(`threw ${(error as Error).name}`);
          }
        }),
      other.url,
    );
    expect(outcome).not.toBe("open");
    const blocked = (await violations(page)).filter((v) => v.directive === "connect-src");
    expect(blocked.map((v) => new URL(v.blocked).port)).toEqual([String(other.port)]);
    // The other relay never saw a connection at all.
    expect(await other.openConnections()).toBe(0);
    expect(await other.closedConnections()).toBe(0);
  });

  it("[E2.5] the same build under a policy without 'wasm-unsafe-eval' cannot compile Automerge: that directive is what lets it run", async () => {
    const strict = contentSecurityPolicy([allowed.url]).replace(" 'wasm-unsafe-eval'", "");
    expect(strict).not.toContain("wasm");
    const without = await serveAppProtocol(build, () => strict);
    const control = await launchBrowser("desktop-csp-control");
    try {
      await recordViolations(control);
      await control.page.goto(`${without.url}#/`);
      await waitFor(
        async () => (await violations(control.page)).some((v) => v.blocked === "wasm-eval"),
        "a wasm-eval violation",
      );
      expect(
        await control.page.evaluate(() => window.__chapterhouseTest?.automerge().initialized ?? false),
      ).toBe(false);
    } finally {
      await control.close();
      await without.close();
    }
  });
});
