import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addRelayInSettings } from "../helpers/add-relay-in-settings.js";
import { buildApp } from "../helpers/build-app.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { createIdentityInApp } from "../helpers/create-identity-in-app.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { createInviteLinkInApp, listedMemberKeys } from "../helpers/organisation-in-app.js";
import { restoreIdentityInApp } from "../helpers/restore-identity-in-app.js";
import { screenshotFolder } from "../helpers/screenshot-folder.js";
import { serveApp, type ServedApp } from "../helpers/serve-app.js";
import { startRelay, type TestRelay } from "../helpers/start-relay.js";
import { waitFor } from "../helpers/wait-for.js";

const screenshots = screenshotFolder();

/** A screenshot of the whole page from its top (the sticky header stays where it belongs). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(screenshots, name), fullPage: true });
}

/** How many rows the header's parts sit on (vertical centres more than 12 px apart start a new row). */
function headerRows(page: Page): Promise<number> {
  return page.getByRole("banner").evaluate((header) => {
    const parts = [".app-name", ".main-nav", ".identity-status", ".sync-status"].map((selector) => header.querySelector(selector)!.getBoundingClientRect());
    const centres = parts.map((r) => (r.top + r.bottom) / 2).sort((a, b) => a - b);
    return 1 + centres.slice(1).filter((centre, i) => centre - centres[i]! > 12).length;
  });
}

/** Whether the page's heading is below the header, in view. */
function headingClearsHeader(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const header = document.querySelector("header")!.getBoundingClientRect();
    const heading = document.querySelector("h1")!.getBoundingClientRect();
    return heading.top >= header.bottom && heading.bottom <= window.innerHeight;
  });
}

const listedKeys = listedMemberKeys;
const createInviteLink = createInviteLinkInApp;

/** Opens an invite link and joins; resolves on the chapter page. `target`: what the join screen names before joining. */
async function joinWithLink(page: Page, link: string, chapterName: string, target: string): Promise<void> {
  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
  await expect(page.getByTestId("invite-target").textContent()).resolves.toBe(target);
  await page.getByRole("button", { name: "Join" }).click();
  await page.getByRole("heading", { level: 1, name: chapterName }).waitFor({ timeout: 30_000 });
}

describe("identities, organisations, chapters and invites across two browsers and a relay", () => {
  let app: ServedApp;
  let relay: TestRelay;
  let alice: TestBrowser;
  let bob: TestBrowser;
  let phrase = "";
  let aliceKey = "";
  let bobKey = "";
  let organisation = "";
  const problems: string[][] = [];

  beforeAll(async () => {
    [app, relay, alice, bob] = await Promise.all([
      buildApp().then((dir) => serveApp(dir)),
      startRelay(),
      launchBrowser("alice"),
      launchBrowser("bob"),
    ]);
    problems.push(collectConsoleProblems(alice.page), collectConsoleProblems(bob.page));
    await mkdir(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await Promise.all([alice?.close(), bob?.close()]);
    await Promise.all([relay?.close(), app?.close()]);
  });

  it("alice creates an identity: a recovery phrase shown once and confirmed, her key unlocked", async () => {
    const { page } = alice;
    await openApp(page, app.url);
    await addRelayInSettings(page, relay.url);
    await page.getByRole("link", { name: "Home" }).click();
    phrase = await createIdentityInApp(page, "Alice", "alice passphrase", () =>
      screenshot(page, "identity-phrase.png"),
    );
    await page.getByRole("heading", { level: 1, name: "Your organisations" }).waitFor();
    await page.getByText("You are not in an organisation yet").waitFor();
    aliceKey = (await page.evaluate(() => window.__chapterhouseTest!.memberKey())) ?? "";
    expect(aliceKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("a wrong passphrase does not unlock and loses nothing; the right one does, and shows the same phrase again", async () => {
    const { page } = alice;
    await page.getByRole("button", { name: "Lock" }).click();
    await page.getByRole("heading", { name: "Unlock your identity" }).waitFor();
    await page.getByLabel("Passphrase").fill("not the passphrase");
    await page.getByRole("button", { name: "Unlock" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Nothing was changed");
    await page.getByLabel("Passphrase").fill("alice passphrase");
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.getByRole("heading", { level: 1, name: "Your organisations" }).waitFor();
    await page.getByRole("link", { name: "Your identity: Alice" }).click();
    await page.getByLabel("Passphrase").fill("alice passphrase");
    await page.getByRole("button", { name: "Show recovery phrase" }).click();
    // The words appear once the vault is opened (scrypt): wait for them, then read them all.
    const shown = page.getByRole("list", { name: "Recovery phrase" }).locator(".phrase-word");
    await shown.first().waitFor();
    const words = await shown.allTextContents();
    expect(words.join(" ")).toBe(phrase);
    await expect(page.getByTestId("member-key").textContent()).resolves.toBe(aliceKey);
    await expect(page.getByRole("button", { name: "Lock" }).count()).resolves.toBe(1); // the header's: one Lock per page
    await screenshot(page, "identity.png");
    await page.getByRole("button", { name: "Hide recovery phrase" }).click();
  });

  it("alice starts an organisation and invites bob; bob creates his identity from the link and joins", async () => {
    const a = alice.page;
    await a.getByRole("link", { name: "Home" }).click();
    await a.getByRole("link", { name: "Start an organisation" }).click();
    await a.getByLabel("Name of the organisation").fill("Riverside Tenants");
    await a.getByRole("button", { name: "Start organisation" }).click();
    await a.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
    organisation = /#\/org\/([^/]+)\//.exec(a.url())?.[1] ?? "";
    expect(await listedKeys(a, "Members of Riverside Tenants")).toEqual([aliceKey]);
    await expect(a.getByRole("list", { name: "Members of Riverside Tenants" }).textContent()).resolves.toMatch(/You \(Alice\).*founder.*facilitator/);
    const link = await createInviteLink(a, "5");
    expect(link.startsWith(`${app.url}#/join?`)).toBe(true);
    await screenshot(a, "invite.png");

    const b = bob.page;
    await b.goto(link);
    await b.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    await createIdentityInApp(b, "Bob", "bob passphrase");
    await b.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    bobKey = (await b.evaluate(() => window.__chapterhouseTest!.memberKey())) ?? "";
    await b.getByRole("button", { name: "Join" }).click();
    await b.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor({ timeout: 30_000 });
    await waitFor(async () => (await listedKeys(b, "Members of Riverside Tenants")).length === 2, "bob sees two members");
    expect(await listedKeys(b, "Members of Riverside Tenants")).toEqual([aliceKey, bobKey].sort());
    await waitFor(async () => (await listedKeys(a, "Members of Riverside Tenants")).length === 2, "alice sees bob join", { timeoutMs: 20_000 });
    // [PF3.3] Each sees the name in the other's profile, not the start of a key.
    const members = (page: Page) => page.getByRole("list", { name: "Members of Riverside Tenants" }).locator(".member-name").allTextContents();
    await waitFor(async () => (await members(a)).includes("Bob"), "alice sees bob's name", { timeoutMs: 20_000 });
    await waitFor(async () => (await members(b)).includes("Alice"), "bob sees alice's name", { timeoutMs: 20_000 });
    expect((await members(a)).sort()).toEqual(["Bob", "You (Alice)"]);
    expect((await members(b)).sort()).toEqual(["Alice", "You (Bob)"]);
  });

  it("alice founds a neighbourhood sub-chapter with its place, bob joins it, and both browsers show the same roster", async () => {
    const a = alice.page;
    await a.getByRole("link", { name: "Found a sub-chapter" }).click();
    await a.getByLabel("Name").fill("Old Quay");
    await a.getByLabel("Level").selectOption("neighbourhood");
    await a.getByLabel("Latitude").fill("51.5074");
    await a.getByLabel("Longitude").fill("-0.1278");
    await a.getByRole("button", { name: "Found chapter" }).click();
    await a.getByRole("heading", { level: 1, name: "Old Quay" }).waitFor();
    await expect(a.getByText("51.5074, -0.1278").count()).resolves.toBe(1);
    const link = await createInviteLink(a, "1");

    await joinWithLink(bob.page, link, "Old Quay", "You are invited to join Old Quay (neighbourhood) in Riverside Tenants.");
    for (const page of [alice.page, bob.page]) {
      await waitFor(async () => (await listedKeys(page, "Members of Old Quay")).length === 2, "two members of Old Quay", { timeoutMs: 20_000 });
      expect(await listedKeys(page, "Members of Old Quay")).toEqual([aliceKey, bobKey].sort());
    }
    const rosters = await waitFor(async () => {
      const [x, y] = await Promise.all([alice.page, bob.page].map((p) => p.evaluate((o) => window.__chapterhouseTest!.roster(o), organisation)));
      return x !== null && x === y && [x, y];
    }, "the same canonical roster in both browsers");
    expect(rosters[0]).toContain(bobKey);

    // The breadcrumb leads back up a level, and its drop-down lists the sub-chapters.
    const crumbs = bob.page.getByRole("navigation", { name: "Breadcrumb" });
    await bob.page.setViewportSize({ width: 1280, height: 800 });
    await expect(headerRows(bob.page)).resolves.toBe(1); // one compact row at 1280 px
    // A short window, so that the page scrolls under the sticky header.
    await bob.page.setViewportSize({ width: 1280, height: 420 });
    await bob.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await bob.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await crumbs.getByRole("link", { name: "Riverside Tenants" }).click();
    await bob.page.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
    // A new screen starts at its top, its heading focused and in view below the sticky header.
    await waitFor(() => bob.page.evaluate(() => document.activeElement?.tagName === "H1"), "focus moves to the new heading");
    expect(await bob.page.evaluate(() => window.scrollY)).toBe(0);
    expect(await headingClearsHeader(bob.page)).toBe(true);
    // The sub-chapters menu is a button after the path, not one more level of it.
    const menu = crumbs.getByLabel("Sub-chapters of Riverside Tenants");
    await expect(menu.evaluate((el) => el.closest("li") === null && getComputedStyle(el).borderStyle !== "none")).resolves.toBe(true);
    await expect(crumbs.getByRole("listitem").count()).resolves.toBe(1);
    // On a phone the header is compact and scrolls away: it takes none of the screen while scrolling.
    await bob.page.setViewportSize({ width: 390, height: 844 });
    await bob.page.evaluate(() => window.scrollTo(0, 400));
    await expect(bob.page.getByRole("banner").evaluate((el) => el.getBoundingClientRect().bottom <= 0)).resolves.toBe(true);
    await bob.page.setViewportSize({ width: 1100, height: 720 });
    await menu.click();
    await crumbs.getByRole("link", { name: /Old Quay/ }).waitFor();
    await expect(bob.page.getByRole("list", { name: "Members of Old Quay" }).count()).resolves.toBe(1);
    await alice.page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Riverside Tenants" }).click();
    await alice.page.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
    await waitFor(async () => (await listedKeys(alice.page, "Members of Old Quay")).length === 2, "alice's chapter page lists Old Quay's members");
    await screenshot(alice.page, "chapter.png");
  });

  it("restoring alice from her recovery phrase in a fresh profile gives her the same key and, through the relay, her chapters", async () => {
    const restored = await launchBrowser("alice-restored");
    try {
      const { page } = restored;
      problems.push(collectConsoleProblems(page));
      await openApp(page, app.url);
      await restoreIdentityInApp(page, phrase, "Alice", "a new passphrase", relay.url);
      expect(await page.evaluate(() => window.__chapterhouseTest!.memberKey())).toBe(aliceKey);
      await page.getByRole("link", { name: "Riverside Tenants" }).click({ timeout: 30_000 });
      await page.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
      await waitFor(async () => (await listedKeys(page, "Members of Old Quay")).length === 2, "the sub-chapter's members arrive", { timeoutMs: 30_000 });
      await page.getByRole("list", { name: "Sub-chapters" }).getByRole("link", { name: "Old Quay" }).waitFor();
      await page.getByRole("navigation", { name: "Breadcrumb" }).getByLabel("Sub-chapters of Riverside Tenants").waitFor();
    } finally {
      await restored.close();
    }
  });

  it("no page logged an error", () => {
    expect(problems.flat()).toEqual([]);
  });
});
