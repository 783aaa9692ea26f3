import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { keyFingerprint } from "@chapterhouse/crdt/profiles";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addRelayInSettings } from "../helpers/add-relay-in-settings.js";
import { buildApp } from "../helpers/build-app.js";
import { chooseOption } from "../helpers/choose-option.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { createIdentityInApp } from "../helpers/create-identity-in-app.js";
import { expectAccessible } from "../helpers/expect-accessible.js";
import { findUntranslated } from "../helpers/find-untranslated.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { createInviteLinkInApp, listedMemberKeys, openChapterSection } from "../helpers/organisation-in-app.js";
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

/** How many rows the header's visible parts sit on (vertical centres more than 12 px apart start a new row). */
function headerRows(page: Page): Promise<number> {
  return page.getByRole("banner").evaluate((header) => {
    const parts = [...header.querySelectorAll<HTMLElement>(":scope > *, .shell-header-end > *")].filter((el) => el.checkVisibility() && !el.classList.contains("shell-header-end"));
    const centres = parts.map((el) => el.getBoundingClientRect()).map((r) => (r.top + r.bottom) / 2).sort((a, b) => a - b);
    return 1 + centres.slice(1).filter((centre, i) => centre - centres[i]! > 12).length;
  });
}

/** How far right the header's parts reach, in px: more than the viewport's width means a part is cut off. */
function headerRight(page: Page): Promise<number> {
  return page.getByRole("banner").evaluate((header) => Math.max(...[...header.querySelectorAll<HTMLElement>("*")].filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect().right)));
}

/** Goes to a route (`#/…`) of the open app and waits for its page heading. */
async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((to) => {
    window.location.hash = to;
  }, hash);
  await page.getByRole("heading", { level: 1 }).waitFor();
}

/** Checks the screen shown: no serious accessibility violation and, in Spanish, no English left. */
async function checkScreen(page: Page, name: string, language: "en" | "es"): Promise<void> {
  await expectAccessible(page, name);
  if (language === "es") expect(await findUntranslated(page, "es"), name).toEqual([]);
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
  await page.getByRole("button", { name: "Join", exact: true }).click();
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
  let riverside = "";
  let oldQuay = "";
  let oldQuayLink = "";
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
    await page.getByRole("heading", { level: 1, name: "Welcome to Chapterhouse" }).waitFor();
    await checkScreen(page, "welcome", "en");
    await addRelayInSettings(page, relay.url);
    await checkScreen(page, "settings", "en");
    await page.getByRole("link", { name: "Home" }).click();
    phrase = await createIdentityInApp(page, "Alice", "alice passphrase", async () => {
      await checkScreen(page, "recovery phrase", "en");
      await screenshot(page, "identity-phrase.png");
    });
    await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
    // An empty state that says what to do, and the same in the navigation.
    await page.getByRole("heading", { name: "You are not in an organisation yet" }).waitFor();
    await page.getByRole("navigation", { name: "Your organisations" }).getByText("You are in no organisation yet.").waitFor();
    await checkScreen(page, "home (no organisation yet)", "en");
    aliceKey = (await page.evaluate(() => window.__chapterhouseTest!.memberKey())) ?? "";
    expect(aliceKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
  }, 120_000);

  it("a wrong passphrase does not unlock and loses nothing; the right one does, and shows the same phrase again", async () => {
    const { page } = alice;
    await page.getByRole("button", { name: "Lock" }).click();
    await page.getByRole("heading", { name: "Unlock your identity" }).waitFor();
    await checkScreen(page, "unlock", "en");
    await page.getByLabel("Passphrase").fill("not the passphrase");
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.getByText("Nothing was changed").waitFor();
    // [A11Y3] The field that needs fixing has the focus, its problem read with it.
    await waitFor(
      () => page.getByLabel("Passphrase").evaluate((field) => field === document.activeElement && field.getAttribute("aria-invalid") === "true"),
      "the passphrase field focused and marked invalid",
    );
    await page.getByLabel("Passphrase").fill("alice passphrase");
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
    await page.getByRole("link", { name: "Your identity: Alice" }).click();
    await page.getByLabel("Passphrase").fill("alice passphrase");
    await page.getByRole("button", { name: "Show recovery phrase" }).click();
    // The words appear once the vault is opened (scrypt): wait for them, then read them all.
    const shown = page.getByRole("list", { name: "Recovery phrase" }).locator(".phrase-word");
    await shown.first().waitFor();
    const words = await shown.allTextContents();
    expect(words.join(" ")).toBe(phrase);
    // The key is a protocol detail: in the details, not on the screen.
    await expect(page.getByTestId("member-key").isVisible()).resolves.toBe(false);
    await page.getByRole("button", { name: "Technical details" }).click();
    await expect(page.getByTestId("member-key").textContent()).resolves.toBe(aliceKey);
    await expect(page.getByRole("button", { name: "Lock" }).count()).resolves.toBe(1); // the header's: one Lock per page
    await checkScreen(page, "your identity", "en");
    await screenshot(page, "identity.png");
    await page.getByRole("button", { name: "Hide recovery phrase" }).click();
  });

  it("alice starts an organisation and invites bob; bob creates his identity from the link and joins", async () => {
    const a = alice.page;
    await a.getByRole("link", { name: "Home" }).click();
    await a.getByRole("link", { name: "Start an organisation" }).click();
    await checkScreen(a, "start an organisation", "en");
    await a.getByLabel("Name of the organisation").fill("Riverside Tenants");
    await a.getByRole("button", { name: "Start organisation" }).click();
    await a.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
    organisation = /#\/org\/([^/]+)\//.exec(a.url())?.[1] ?? "";
    riverside = new URL(a.url()).hash;
    await checkScreen(a, "chapter overview", "en");
    expect(await listedKeys(a, "Members of Riverside Tenants")).toEqual([aliceKey]);
    await expect(a.getByRole("list", { name: "Members of Riverside Tenants" }).textContent()).resolves.toMatch(/You \(Alice\).*Founder.*Facilitator/);
    const link = await createInviteLink(a, "5");
    expect(link.startsWith(`${app.url}#/join?`)).toBe(true);
    await checkScreen(a, "chapter members and invites", "en");
    await screenshot(a, "invite.png");

    const b = bob.page;
    await b.goto(link);
    await b.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    await checkScreen(b, "join (no identity)", "en");
    await createIdentityInApp(b, "Bob", "bob passphrase");
    await b.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    await checkScreen(b, "join", "en");
    bobKey = (await b.evaluate(() => window.__chapterhouseTest!.memberKey())) ?? "";
    await b.getByRole("button", { name: "Join", exact: true }).click();
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
  }, 120_000);

  it("[PF6] [PF5.5] a member page shows bob's name and the words of his key; bob renames himself on his profile screen and alice sees the new name", async () => {
    const a = alice.page;
    const b = bob.page;
    const list = (page: Page) => page.getByRole("list", { name: "Members of Riverside Tenants" });
    await list(a).getByRole("link", { name: "Bob" }).click();
    await a.getByRole("heading", { level: 1, name: "Bob" }).waitFor();
    const words = a.getByRole("list", { name: "Key words of Bob" }).getByRole("listitem");
    await expect(words.allTextContents()).resolves.toEqual(keyFingerprint(bobKey as MemberKey));
    await checkScreen(a, "member page", "en");
    await screenshot(a, "member.png");

    await b.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My profile" }).click();
    await b.getByRole("heading", { level: 1, name: "My profile" }).waitFor();
    const name = b.getByRole("textbox", { name: "Display name" });
    await waitFor(async () => (await name.inputValue()) === "Bob", "bob's profile is read");
    await expect(b.getByRole("list", { name: "Key words of Bob" }).getByRole("listitem").allTextContents()).resolves.toEqual(keyFingerprint(bobKey as MemberKey));
    await checkScreen(b, "my profile", "en");
    await name.fill("Robert Quay");
    await b.getByRole("textbox", { name: /About you/ }).fill("Second floor, flat 4.");
    await b.getByRole("button", { name: "Save profile" }).click();
    await b.getByRole("status").getByText("Saved.", { exact: false }).waitFor();
    await screenshot(b, "my-profile.png");

    await a.getByRole("heading", { level: 1, name: "Robert Quay" }).waitFor({ timeout: 20_000 });
    await a.getByText("Second floor, flat 4.").waitFor();
    await a.goBack();
    await a.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
    const members = (page: Page) => list(page).locator(".member-name").allTextContents();
    await waitFor(async () => (await members(a)).includes("Robert Quay"), "alice sees bob's new name", { timeoutMs: 20_000 });
    await b.goBack();
    await waitFor(async () => (await members(b)).includes("You (Robert Quay)"), "bob sees his new name");
  });

  it("alice founds a neighbourhood sub-chapter with its place, bob joins it, and both browsers show the same roster", async () => {
    const a = alice.page;
    await openChapterSection(a, "Overview");
    await a.getByRole("link", { name: "Found a sub-chapter" }).click();
    await a.getByRole("heading", { level: 1, name: "Found a sub-chapter of Riverside Tenants" }).waitFor();
    await checkScreen(a, "found a sub-chapter", "en");
    await a.getByLabel("Name", { exact: true }).fill("Old Quay");
    await chooseOption(a, /Level/, "Neighbourhood");
    await a.getByLabel("Latitude").fill("51.5074");
    await a.getByLabel("Longitude").fill("-0.1278");
    await a.getByRole("button", { name: "Found chapter" }).click();
    await a.getByRole("heading", { level: 1, name: "Old Quay" }).waitFor();
    oldQuay = new URL(a.url()).hash;
    await expect(a.getByText("51.5074, -0.1278").count()).resolves.toBe(1);
    oldQuayLink = await createInviteLink(a, "1");

    await joinWithLink(bob.page, oldQuayLink, "Old Quay", "You are invited to join Old Quay (neighbourhood) in Riverside Tenants.");
    for (const page of [alice.page, bob.page]) {
      await waitFor(async () => (await listedKeys(page, "Members of Old Quay")).length === 2, "two members of Old Quay", { timeoutMs: 20_000 });
      expect(await listedKeys(page, "Members of Old Quay")).toEqual([aliceKey, bobKey].sort());
    }
    const rosters = await waitFor(async () => {
      const [x, y] = await Promise.all([alice.page, bob.page].map((p) => p.evaluate((o) => window.__chapterhouseTest!.roster(o), organisation)));
      return x !== null && x === y && [x, y];
    }, "the same canonical roster in both browsers");
    expect(rosters[0]).toContain(bobKey);
    await waitFor(async () => (await listedKeys(alice.page, "Members of Old Quay")).length === 2, "alice's chapter page lists Old Quay's members");
  });

  it("[NAV1] the navigation: the organisations and their chapters as a tree, one header row, a chapter page in sections, focus on each new page's heading", async () => {
    const b = bob.page;
    await b.setViewportSize({ width: 1280, height: 800 });
    await expect(headerRows(b)).resolves.toBe(1);
    // The tree shows Riverside Tenants, Old Quay under it opened (the chapter on screen), and marks the current page.
    const tree = b.getByRole("treegrid", { name: "Your organisations" });
    await tree.getByRole("link", { name: "Old Quay" }).waitFor();
    await expect(tree.getByRole("link", { name: "Old Quay" }).getAttribute("aria-current")).resolves.toBe("page");
    // The breadcrumb leads back up; the current chapter is no link.
    const crumbs = b.getByRole("navigation", { name: "You are here" });
    await expect(crumbs.getByRole("link").allTextContents()).resolves.toEqual(["Riverside Tenants"]);
    await expect(crumbs.getByText("Old Quay").getAttribute("aria-current")).resolves.toBe("page");
    await checkScreen(b, "chapter members (from a sub-chapter)", "en");
    await screenshot(b, "navigation-desktop.png");

    // A short window, so that the page scrolls under the sticky header; a tree link leads to the
    // chapter, which starts at its top with its heading focused and in view.
    await b.setViewportSize({ width: 1280, height: 300 });
    await b.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await b.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await tree.getByRole("link", { name: "Riverside Tenants" }).click();
    await b.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
    await waitFor(() => b.evaluate(() => document.activeElement?.tagName === "H1"), "[A11Y3] focus moves to the new heading");
    expect(await b.evaluate(() => window.scrollY)).toBe(0);
    expect(await headingClearsHeader(b)).toBe(true);
    // The international chapter's page has nothing above it: no breadcrumb.
    await expect(b.getByRole("navigation", { name: "You are here" }).count()).resolves.toBe(0);

    // Sections are tabs that are addresses, used from the keyboard: the arrows move, Enter follows,
    // and focus stays on the tabs (a section is not a new page).
    await b.setViewportSize({ width: 1280, height: 800 });
    const tabs = b.getByRole("tablist", { name: "Chapter sections" });
    await expect(tabs.getByRole("tab").allTextContents()).resolves.toEqual(["Overview", "Home page", "Proposals & votes", "Events", "Chat", "Forum", "Blog", "Library", "Projects", "Members", "Roles", "Delegation", "Dues"]);
    await tabs.getByRole("tab", { name: "Overview" }).focus();
    for (let i = 0; i < 9; i++) await b.keyboard.press("ArrowRight");
    await b.keyboard.press("Enter");
    await b.getByRole("tabpanel", { name: "Members" }).waitFor();
    expect(new URL(b.url()).hash).toBe(`${riverside}/members`);
    expect(await b.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tab");
    await b.getByRole("list", { name: "Members of Old Quay" }).waitFor();
    await b.goBack();
    await b.getByRole("tabpanel", { name: "Overview" }).waitFor();
    await b.getByRole("list", { name: "Sub-chapters" }).getByRole("link", { name: "Old Quay" }).waitFor();
    await screenshot(b, "chapter-desktop.png");

    // On a phone: one compact header row that scrolls away, the navigation behind the Menu button.
    await b.setViewportSize({ width: 390, height: 844 });
    await expect(headerRows(b)).resolves.toBe(1);
    // …and every part of it inside the phone's width (the Lock button once sat beyond it, at 460 px).
    await expect(headerRight(b)).resolves.toBeLessThanOrEqual(390);
    await expect(tree.isVisible()).resolves.toBe(false);
    await screenshot(b, "chapter-phone.png");
    // A short phone screen, so that the chapter page is taller than it: the header scrolls away with the page.
    await b.setViewportSize({ width: 390, height: 360 });
    await b.evaluate(() => window.scrollTo(0, 400));
    await expect(b.getByRole("banner").evaluate((el) => el.getBoundingClientRect().bottom <= 0)).resolves.toBe(true);
    await b.setViewportSize({ width: 390, height: 844 });
    const menu = b.getByRole("button", { name: "Menu" });
    await menu.click();
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("true");
    await tree.getByRole("link", { name: "Old Quay" }).waitFor();
    await checkScreen(b, "navigation on a phone", "en");
    await screenshot(b, "navigation-phone.png");
    await tree.getByRole("link", { name: "Old Quay" }).click();
    await b.getByRole("heading", { level: 1, name: "Old Quay" }).waitFor();
    await expect(tree.isVisible()).resolves.toBe(false);
    await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
    await b.setViewportSize({ width: 1100, height: 720 });
  });

  it("[DG1.1] bob chooses alice to vote for him in Riverside Tenants; alice sees that he chose her; bob stops it and she sees that too", async () => {
    const [a, b] = [alice.page, bob.page];
    await visit(b, `${riverside}/delegation`);
    await b.getByRole("tabpanel", { name: "Delegation" }).waitFor();
    await b.getByText("No one votes for you here.").waitFor();
    await checkScreen(b, "delegation", "en");
    await chooseOption(b, /Member who votes for me/, "Alice");
    await b.getByRole("button", { name: "Save my choice" }).click();
    await b.getByText("Saved: Alice votes for you here when you do not vote.").waitFor();
    await b.getByText("Alice votes for you here when you do not vote.", { exact: true }).waitFor({ timeout: 20_000 });
    await visit(a, `${riverside}/delegation`);
    await a.getByRole("region", { name: "Who chose me" }).getByText("Robert Quay").waitFor({ timeout: 30_000 });
    await checkScreen(a, "delegation (chosen)", "en");
    await b.getByRole("button", { name: "Stop: no one votes for me here" }).click();
    await b.getByText("Saved: no one votes for you here.").waitFor();
    await a.getByText("No one has chosen you to vote for them here.").waitFor({ timeout: 30_000 });
  });

  it("[I18N3] [A11Y1] alice switches to Spanish in Settings: every screen of identity, organisations, chapters, profiles, meetings, sync by file and settings is in Spanish and accessible; she switches back", async () => {
    const a = alice.page;
    await visit(a, "#/settings");
    await chooseOption(a, /Language/, "Español");
    await a.getByRole("heading", { level: 1, name: "Ajustes" }).waitFor();
    expect(await a.evaluate(() => document.documentElement.lang)).toBe("es");
    await checkScreen(a, "ajustes", "es");
    const inviteQuery = oldQuayLink.slice(oldQuayLink.indexOf("#/join?"));
    const screens: readonly [string, string][] = [
      ["#/", "Inicio"],
      [riverside, "Riverside Tenants"],
      [`${riverside}/members`, "Riverside Tenants"],
      [`${riverside}/delegation`, "Riverside Tenants"],
      [oldQuay, "Old Quay"],
      [`${oldQuay}/members`, "Old Quay"],
      [`${riverside}/new`, "Fundar una subsección de Riverside Tenants"],
      ["#/organisations/new", "Crear una organización"],
      [`#/org/${organisation}/member/${bobKey}`, "Robert Quay"],
      ["#/profile", "Mi perfil"],
      ["#/identity", "Tu identidad"],
      ["#/identity/create", "Crea tu identidad"],
      ["#/identity/restore", "Recuperar con una frase de recuperación"],
      ["#/meetings", "Reuniones"],
      ["#/files", "Sincronizar por archivo"],
      [inviteQuery, "Unirse a una sección"],
      ["#/join?token=AAAAAAAAAAAAAAAAAAAAAA", "Unirse a la reunión"],
      ["#/nowhere", "Página no encontrada"],
    ];
    for (const [hash, title] of screens) {
      await visit(a, hash);
      await a.getByRole("heading", { level: 1, name: title }).waitFor();
      await checkScreen(a, hash, "es");
    }
    // The unlock screen, and the problems said on a field.
    await visit(a, "#/");
    await a.getByRole("button", { name: "Bloquear" }).click();
    await a.getByRole("heading", { name: "Desbloquea tu identidad" }).waitFor();
    await a.getByRole("button", { name: "Desbloquear" }).click();
    await a.getByText("Escribe tu contraseña.").waitFor();
    await checkScreen(a, "desbloquear", "es");
    await a.getByLabel("Contraseña").fill("alice passphrase");
    await a.getByRole("button", { name: "Desbloquear" }).click();
    await a.getByRole("heading", { level: 1, name: "Inicio" }).waitFor();
    await screenshot(a, "chapter-spanish.png");

    await visit(a, "#/settings");
    await chooseOption(a, /Idioma/, "English");
    await a.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    expect(await a.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await findUntranslated(a, "en")).toEqual([]);
  }, 120_000);

  it("[I18N4] restoring alice in a fresh profile whose browser speaks Spanish: the app starts in Spanish; switched to English, she gets the same key and, through the relay, her chapters", async () => {
    const restored = await launchBrowser("alice-restored", [], "es-ES");
    try {
      const { page } = restored;
      problems.push(collectConsoleProblems(page));
      await openApp(page, app.url);
      await page.getByRole("heading", { level: 1, name: "Te damos la bienvenida a Chapterhouse" }).waitFor();
      await checkScreen(page, "bienvenida", "es");
      await visit(page, "#/settings");
      await chooseOption(page, /Idioma/, "English");
      await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
      await visit(page, "#/");
      await restoreIdentityInApp(page, phrase, "Alice", "a new passphrase", relay.url);
      expect(await page.evaluate(() => window.__chapterhouseTest!.memberKey())).toBe(aliceKey);
      await page.getByRole("list", { name: "Organisations" }).getByRole("link", { name: "Riverside Tenants" }).click({ timeout: 30_000 });
      await page.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
      await waitFor(async () => (await listedKeys(page, "Members of Old Quay")).length === 2, "the sub-chapter's members arrive", { timeoutMs: 30_000 });
      await page.getByRole("treegrid", { name: "Your organisations" }).getByRole("link", { name: "Old Quay" }).waitFor();
    } finally {
      await restored.close();
    }
  });

  it("no page logged an error", () => {
    expect(problems.flat()).toEqual([]);
  });
});
