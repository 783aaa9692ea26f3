import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/build-app.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { createIdentityInApp } from "../helpers/create-identity-in-app.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { listedMemberKeys, startOrganisationInApp } from "../helpers/organisation-in-app.js";
import { screenshotFolder } from "../helpers/screenshot-folder.js";
import { startRelay, type TestRelay } from "../helpers/start-relay.js";

const screenshots = screenshotFolder();

/**
 * These tests drive the production build (the one members get): only it registers the service
 * worker; the `--mode test` build never does (src/shared/offline/register-service-worker.ts).
 */

/** Loads the app at `url` and resolves once the shell has rendered (the production build has no test hooks). */
async function openProductionApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("region", { name: "Sync status" }).waitFor();
}

/** The Settings screen's "This device" facts, as term → description. */
async function deviceFacts(page: Page): Promise<Record<string, string>> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  const device = page.getByRole("region", { name: "This device" });
  await device.getByTestId("verifier-backend").filter({ hasNotText: "…" }).waitFor({ state: "attached" });
  return device.evaluate((section) => {
    const out: Record<string, string> = {};
    for (const dt of section.querySelectorAll("dt")) out[dt.textContent ?? ""] = dt.nextElementSibling?.textContent ?? "";
    return out;
  });
}

describe("installable and offline on a secure origin (http://127.0.0.1)", () => {
  let relay: TestRelay | undefined;
  let browser: TestBrowser;
  let appUrl = "";

  beforeAll(async () => {
    relay = await startRelay({ web: await buildApp("production") });
    appUrl = `http://127.0.0.1:${relay.port}/`;
    browser = await launchBrowser("installable");
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.close();
  });

  it("has a web app manifest with a name and 192 and 512 pixel icons, all served", async () => {
    const { page } = browser;
    const problems = collectConsoleProblems(page);
    await openProductionApp(page, appUrl);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (link === null) return null;
      const body = (await (await fetch(link.href)).json()) as { name: string; start_url: string; icons: { src: string; sizes: string }[] };
      const icons = await Promise.all(
        body.icons.map(async (icon) => {
          const response = await fetch(new URL(icon.src, link.href));
          return `${icon.sizes} ${response.status} ${response.headers.get("content-type") ?? ""}`;
        }),
      );
      return { name: body.name, start: body.start_url, icons };
    });
    expect(manifest).toEqual({ name: "Chapterhouse", start: "./", icons: ["192x192 200 image/png", "512x512 200 image/png"] });
    expect(problems).toEqual([]);
  });

  it("the service worker takes control and precaches the app shell, never relay.json, healthz or metrics", async () => {
    const { page } = browser;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return { names, urls };
    });
    expect(cached.names).toHaveLength(1);
    expect(cached.names[0]).toMatch(/^chapterhouse-app-[0-9a-f]{32}$/);
    expect(cached.urls).toEqual(expect.arrayContaining(["/index.html", "/manifest.webmanifest", "/icon-192.png"]));
    expect(cached.urls.some((u) => u.endsWith(".wasm"))).toBe(true);
    expect(cached.urls.some((u) => /verification-worker-.*\.js$/.test(u))).toBe(true);
    expect(cached.urls.filter((u) => ["/relay.json", "/healthz", "/metrics", "/sw.js"].includes(u) || u.endsWith(".map"))).toEqual([]);
  });

  it("with the relay stopped, a reload still opens the app, which says the relay is unreachable, and verifies in its worker", async () => {
    const { page } = browser;
    // The relay that served the page was added by itself (W6.5); it is what becomes unreachable.
    await page.getByRole("region", { name: "Sync status" }).getByText("Online", { exact: true }).waitFor({ timeout: 15_000 });
    await relay!.close();
    relay = undefined;
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Welcome to Chapterhouse" }).waitFor();
    const status = page.getByRole("region", { name: "Sync status" }).getByRole("status");
    await expect(status.textContent()).resolves.toMatch(/Offline.*No sync server reachable/);
    const facts = await deviceFacts(page);
    expect(facts["Signature checks"]).toBe("WebCrypto");
    expect(facts["Verification runs"]).toBe("In a background worker");
  });
});

describe("an insecure origin (a phone on http://LAN-address)", () => {
  let relay: TestRelay;
  let phone: TestBrowser;
  const requested: string[] = [];
  let problems: string[] = [];
  let appUrl = "";

  beforeAll(async () => {
    relay = await startRelay({ web: await buildApp("production") });
    // A name other than localhost: plain http there is not a secure context, as a LAN address is not.
    appUrl = `http://chapterhouse.test:${relay.port}/`;
    phone = await launchBrowser("phone", ["--host-resolver-rules=MAP chapterhouse.test 127.0.0.1"]);
    problems = collectConsoleProblems(phone.page);
    phone.page.on("request", (request) => requested.push(request.url()));
  });

  afterAll(async () => {
    await phone?.close();
    await relay?.close();
  });

  it("has no WebCrypto and no service worker, and says calmly what it can't do there", async () => {
    const { page } = phone;
    await openProductionApp(page, appUrl);
    expect(
      await page.evaluate(() => ({ secure: isSecureContext, subtle: typeof crypto.subtle, serviceWorker: "serviceWorker" in navigator })),
    ).toEqual({ secure: false, subtle: "undefined", serviceWorker: false });
    const note = page.getByRole("note", { name: "About this address" });
    await expect(note.textContent()).resolves.toContain("This page can't be installed or reopened offline from this address, and checking what members did is slower.");
  });

  it("still works: an identity and an organisation are made there, verified by tweetnacl in the worker", async () => {
    const { page } = phone;
    await page.getByRole("region", { name: "Sync status" }).getByText("Online", { exact: true }).waitFor({ timeout: 15_000 });
    await createIdentityInApp(page, "Dana", "dana passphrase");
    await startOrganisationInApp(page, "Night Market");
    expect(await listedMemberKeys(page, "Members of Night Market")).toHaveLength(1);
    await page.getByRole("list", { name: "Members of Night Market" }).getByText("Founder").waitFor();
    const facts = await deviceFacts(page);
    expect(facts["Signature checks"]).toBe("tweetnacl (fallback)");
    expect(facts["Verification runs"]).toBe("In a background worker");
    expect(facts["Secure page"]).toContain("can't be installed or reopened offline");
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: resolve(screenshots, "insecure-origin.png"), fullPage: true });
  });

  it("never asked for the service worker, and logged no error", () => {
    expect(requested.filter((url) => url.endsWith("/sw.js"))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
