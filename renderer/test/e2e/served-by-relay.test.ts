import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/build-app.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { createIdentityInApp } from "../helpers/create-identity-in-app.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { createInviteLinkInApp, listedMemberKeys, startOrganisationInApp } from "../helpers/organisation-in-app.js";
import { serveApp } from "../helpers/serve-app.js";
import { startRelay, type TestRelay } from "../helpers/start-relay.js";
import { waitFor } from "../helpers/wait-for.js";

const MEETING_TOKEN = "meeting-token-0123456789";

/** The sync servers listed in Settings, as their addresses. */
async function listedRelays(page: Page): Promise<string[]> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("heading", { name: "Sync servers and meetings" }).waitFor(); // shown once the settings are read
  return page.locator(".relay-url").allTextContents();
}

/** Opens the app at `url` and resolves once its probe of `relay.json` has been answered. */
async function openAndProbe(page: Page, url: string, hash = "#/"): Promise<void> {
  const probe = page.waitForResponse((response) => response.url().endsWith("/relay.json"));
  await openApp(page, url, hash);
  await probe;
}

describe("the app served by a relay connects to that relay by itself (PROTOCOL.md W6.5)", () => {
  let relay: TestRelay;
  let appUrl = "";
  let alice: TestBrowser;
  let bob: TestBrowser;
  const problems: string[][] = [];

  beforeAll(async () => {
    relay = await startRelay({ web: await buildApp() });
    appUrl = `http://127.0.0.1:${relay.port}/`;
    [alice, bob] = await Promise.all([launchBrowser("alice"), launchBrowser("bob")]);
    problems.push(collectConsoleProblems(alice.page), collectConsoleProblems(bob.page));
  });

  afterAll(async () => {
    await Promise.all([alice?.close(), bob?.close()]);
    await relay?.close();
  });

  it("[W6.5] on first start the relay at the page's own host is added and connected, with nothing typed", async () => {
    const { page } = alice;
    await openApp(page, appUrl);
    const status = page.getByRole("region", { name: "Sync status" });
    await status.getByText("Online", { exact: true }).waitFor({ timeout: 15_000 });
    expect(await listedRelays(page)).toEqual([relay.url]);
    await page.getByRole("list", { name: "Sync servers" }).getByText("Connected", { exact: true }).waitFor();
    await waitFor(async () => (await relay.openConnections()) === 1, "the relay sees alice's connection");
  });

  it("[W6.5] two browsers on that origin sync an organisation with no relay added by hand", async () => {
    const a = alice.page;
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
    await createIdentityInApp(a, "Alice", "alice passphrase");
    await a.getByRole("link", { name: "Start an organisation" }).click();
    await a.getByText("It will be shared through this device's sync server.").waitFor();
    await a.getByRole("button", { name: "Which servers" }).click();
    await a.getByText(relay.url, { exact: true }).waitFor();
    await startOrganisationInApp(a, "Harbour Co-op");
    const link = await createInviteLinkInApp(a, "2");
    expect(link.startsWith(`${appUrl}#/join?`)).toBe(true);
    expect(new URL(link.replace("#/join?", "?")).searchParams.get("r")).toBe(relay.url);

    const b = bob.page;
    await b.goto(link);
    await b.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    await createIdentityInApp(b, "Bob", "bob passphrase");
    await b.getByRole("button", { name: "Join", exact: true }).click();
    await b.getByRole("heading", { level: 1, name: "Harbour Co-op" }).waitFor({ timeout: 30_000 });
    for (const page of [a, b]) {
      await waitFor(async () => (await listedMemberKeys(page, "Members of Harbour Co-op")).length === 2, "both members listed", { timeoutMs: 20_000 });
    }
    expect(await listedMemberKeys(a, "Members of Harbour Co-op")).toEqual(await listedMemberKeys(b, "Members of Harbour Co-op"));
    // Bob's device found the relay by itself too: one entry, the page's own host.
    expect(await listedRelays(b)).toEqual([relay.url]);
  });

  it("[W6.5] a member who removed that relay is not overridden on the next start", async () => {
    const { page } = alice;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("button", { name: `Remove ${relay.url}`, exact: true }).click();
    await waitFor(async () => (await listedRelays(page)).length === 0, "the relay is removed");
    await openAndProbe(page, appUrl, "#/settings");
    // The decision follows the probe's answer within a settings read; give it ample time to misbehave.
    await page.waitForTimeout(1_000);
    expect(await listedRelays(page)).toEqual([]);
  });

  it("no page logged an error", () => {
    expect(problems.flat()).toEqual([]);
  });
});

describe("a meeting host's relay, which requires a token", () => {
  let relay: TestRelay;
  let browser: TestBrowser;
  let problems: string[] = [];

  beforeAll(async () => {
    relay = await startRelay({ web: await buildApp(), token: MEETING_TOKEN });
    browser = await launchBrowser("phone-at-meeting");
    problems = collectConsoleProblems(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.close();
  });

  it("[W6.5] without the join link's token nothing is added", async () => {
    await openAndProbe(browser.page, `http://127.0.0.1:${relay.port}/`);
    await browser.page.waitForTimeout(500);
    expect(await listedRelays(browser.page)).toEqual([]);
    expect(await relay.openConnections()).toBe(0);
  });

  it("[W6.5] the join link's token makes it a meeting host, connected: the status says so", async () => {
    const { page } = browser;
    await openApp(page, `http://127.0.0.1:${relay.port}/`, `#/join?token=${MEETING_TOKEN}`);
    await page.getByRole("heading", { level: 1, name: "Join the meeting" }).waitFor();
    const status = page.getByRole("region", { name: "Sync status" });
    await status.getByText("In a meeting", { exact: true }).waitFor({ timeout: 15_000 });
    expect(await listedRelays(page)).toEqual([`${relay.url}?token=${MEETING_TOKEN}`]);
    await expect(page.getByRole("list", { name: "Sync servers" }).textContent()).resolves.toContain("Meeting");
    expect(problems).toEqual([]);
  });
});

describe("the app served by a plain static server", () => {
  it("[W6.5] asks for relay.json, gets a 404, and changes nothing: no relay, no error", async () => {
    const app = await serveApp(await buildApp());
    const browser = await launchBrowser("static");
    try {
      const problems = collectConsoleProblems(browser.page);
      await openAndProbe(browser.page, app.url);
      await browser.page.waitForTimeout(500);
      const status = browser.page.getByRole("region", { name: "Sync status" });
      await expect(status.getByRole("status").textContent()).resolves.toContain("No sync server added yet");
      expect(await listedRelays(browser.page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await app.close();
    }
  });
});
