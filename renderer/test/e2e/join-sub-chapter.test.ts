import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/build-app.js";
import { chooseOption } from "../helpers/choose-option.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { createIdentityInApp } from "../helpers/create-identity-in-app.js";
import { expectAccessible } from "../helpers/expect-accessible.js";
import { findUntranslated } from "../helpers/find-untranslated.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { createInviteLinkInApp, listedMemberKeys, openChapterSection, startOrganisationInApp } from "../helpers/organisation-in-app.js";
import { startRelay, type TestRelay } from "../helpers/start-relay.js";
import { waitFor } from "../helpers/wait-for.js";

/** A name other than localhost: plain http there is not a secure context, as a LAN address is not. */
const LAN_NAME = "chapterhouse.test";

/** Founds a sub-chapter of the open chapter page; resolves on the new chapter's page. */
async function foundSubChapter(page: Page, name: string, level: string): Promise<void> {
  await openChapterSection(page, "Overview");
  await page.getByRole("link", { name: "Found a sub-chapter" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await chooseOption(page, /Level/, level);
  await page.getByRole("button", { name: "Found chapter" }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

/** A newcomer in a fresh profile opens an invite link and creates an identity from it; resolves with their key. */
async function identityFromLink(page: Page, link: string, name: string): Promise<string> {
  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
  await createIdentityInApp(page, name, `${name} passphrase`);
  await page.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
  return (await page.evaluate(() => window.__chapterhouseTest!.memberKey())) ?? "";
}

/** Joins from the open join screen; resolves once the chapter page lists `key` among its members. */
async function joinHere(page: Page, chapter: string, key: string): Promise<void> {
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: chapter }).waitFor({ timeout: 30_000 });
  await waitFor(async () => (await listedMemberKeys(page, `Members of ${chapter}`)).includes(key), `the newcomer listed in ${chapter}`);
}

/** `link` as a meeting host hands it out on the LAN: the app and its relay at the LAN name. */
function atLanName(link: string, port: number): string {
  const [, query = ""] = link.split("#/join?");
  const params = new URLSearchParams(query);
  params.set("r", `ws://${LAN_NAME}:${port}/`);
  return `http://${LAN_NAME}:${port}/#/join?${params.toString()}`;
}

describe("a newcomer joins a chapter three levels down from its invite link, then writes and reads private messages", () => {
  let relay: TestRelay;
  let alice: TestBrowser;
  /** The newcomer on the insecure origin, kept open for the messages they exchange. */
  let phone: TestBrowser | undefined;
  let link = "";
  let franceUrl = "";
  const problems: string[][] = [];

  beforeAll(async () => {
    // The relay serves the app, so one build is reached at a secure and at an insecure address.
    relay = await startRelay({ web: await buildApp() });
    alice = await launchBrowser("alice");
    problems.push(collectConsoleProblems(alice.page));
  });

  afterAll(async () => {
    await phone?.close();
    await alice?.close();
    await relay?.close();
  });

  it("alice founds France > Paris > Belleville and makes an invite link for Belleville", async () => {
    const { page } = alice;
    await openApp(page, `http://127.0.0.1:${relay.port}/`);
    await page.getByRole("region", { name: "Sync status" }).getByText("Online", { exact: true }).waitFor({ timeout: 15_000 });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
    await createIdentityInApp(page, "Alice", "alice passphrase");
    await startOrganisationInApp(page, "France");
    franceUrl = page.url();
    await foundSubChapter(page, "Paris", "City or town");
    await foundSubChapter(page, "Belleville", "Neighbourhood");
    link = await createInviteLinkInApp(page, "2");
    expect(new URL(link.replace("#/join?", "?")).searchParams.get("r")).toBe(relay.url);
  });

  it("[M7.3] on a secure origin, after a link with a wrong secret is refused as not valid, the newcomer joins Belleville", async () => {
    const bob = await launchBrowser("bob");
    try {
      problems.push(collectConsoleProblems(bob.page));
      // A secret of the right length that is not the invite's: said as soon as the invite is here.
      const secret = /[?&]t=([^&]+)/.exec(link)![1]!;
      const wrong = link.replace(`t=${secret}`, `t=${secret.startsWith("A") ? "B" : "A"}${secret.slice(1)}`);
      const key = await identityFromLink(bob.page, wrong, "Bob");
      await bob.page.getByRole("button", { name: "Join", exact: true }).click();
      const alert = bob.page.getByRole("alert");
      await alert.waitFor({ timeout: 30_000 });
      await expect(alert.textContent()).resolves.toContain("This invite link is not valid: its secret does not match the invite.");
      // The right link pasted into the same tab: a new join screen, not the last one's refusal.
      await bob.page.goto(link);
      await expect(bob.page.getByRole("alert").count()).resolves.toBe(0);
      await joinHere(bob.page, "Belleville", key);
      await waitFor(async () => (await listedMemberKeys(alice.page, "Members of Belleville")).includes(key), "alice sees bob in Belleville", { timeoutMs: 20_000 });
    } finally {
      await bob.close();
    }
  });

  it("[M7.3] on an insecure origin (a phone on http://LAN-address), the newcomer joins Belleville", async () => {
    phone = await launchBrowser("phone", [`--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`]);
    problems.push(collectConsoleProblems(phone.page));
    const lanLink = atLanName(link, relay.port);
    const key = await identityFromLink(phone.page, lanLink, "Chloe");
    await joinHere(phone.page, "Belleville", key);
    expect(await phone.page.evaluate(() => isSecureContext)).toBe(false);
    await waitFor(async () => (await listedMemberKeys(alice.page, "Members of Belleville")).includes(key), "alice sees chloe in Belleville", { timeoutMs: 20_000 });
  });

  it("[PVC5] [PVC6.4] alice writes to chloe, who reads it on the insecure origin (no crypto.subtle needed) and replies; each screen is accessible", async () => {
    const chloe = phone!.page;
    const { page } = alice;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
    await page.getByRole("heading", { level: 1, name: "Messages" }).waitFor();
    await page.getByText("No conversations yet").waitFor({ timeout: 20_000 });
    await expectAccessible(page, "messages, empty");
    // Chloe's profile, with the key messages are sealed to, has reached alice once she can be chosen.
    const choice = page.getByRole("checkbox", { name: "Chloe", exact: true });
    await choice.waitFor({ timeout: 30_000 });
    // By keyboard, as the whole screen is usable.
    await choice.focus();
    await page.keyboard.press("Space");
    await expect(choice.isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Start the conversation" }).click();
    await page.getByRole("heading", { level: 1, name: "Conversation" }).waitFor();
    await page.getByRole("textbox", { name: "Your message" }).fill("Welcome to Belleville, Chloe");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByRole("list", { name: "Messages" }).getByText("Welcome to Belleville, Chloe").waitFor({ timeout: 20_000 });
    await expectAccessible(page, "a conversation");

    await chloe.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
    await chloe.getByRole("link", { name: "Alice" }).click({ timeout: 30_000 });
    await chloe.getByRole("list", { name: "Messages" }).getByText("Welcome to Belleville, Chloe").waitFor({ timeout: 30_000 });
    await chloe.getByRole("button", { name: "Reply" }).click();
    await chloe.getByRole("textbox", { name: "Your message" }).fill("Thank you, Alice");
    await chloe.getByRole("button", { name: "Send", exact: true }).click();

    await page.getByRole("list", { name: "Messages" }).getByText("Thank you, Alice").waitFor({ timeout: 30_000 });
    await expect(page.getByRole("list", { name: "Messages" }).locator("blockquote").first().textContent()).resolves.toBe("Welcome to Belleville, Chloe");
  }, 120_000);

  it("[PVC4.2] in a group of alice, bob and chloe, chloe removed cannot read the next message, and is told it can't be read on this device", async () => {
    const chloe = phone!.page;
    const { page } = alice;
    await page.getByRole("link", { name: "All conversations" }).click();
    for (const name of ["Bob", "Chloe"]) {
      const choice = page.getByRole("checkbox", { name, exact: true });
      await choice.focus();
      await page.keyboard.press("Space");
    }
    await page.getByRole("button", { name: "Start the conversation" }).click();
    await page.getByRole("heading", { level: 1, name: "Conversation" }).waitFor();
    await page.getByRole("textbox", { name: "Your message" }).fill("Hello, both of you");
    await page.getByRole("button", { name: "Send", exact: true }).click();

    await chloe.getByRole("link", { name: "All conversations" }).click();
    // The group is the conversation that names two others.
    await chloe.getByRole("link", { name: /Alice.*, |, .*Alice/ }).click({ timeout: 30_000 });
    await chloe.getByRole("list", { name: "Messages" }).getByText("Hello, both of you").waitFor({ timeout: 30_000 });

    const members = page.getByRole("region", { name: "People in this conversation" });
    await expect(members.textContent()).resolves.toContain("Someone you remove can still read what was written while they were in the conversation, but nothing written after.");
    await members.getByRole("listitem").filter({ hasText: "Chloe" }).getByRole("button", { name: "Remove" }).click();
    await expect(members.getByRole("alert").count()).resolves.toBe(0);
    // Removed, she is someone alice could add again.
    await members.getByRole("listitem").filter({ hasText: "Chloe" }).getByRole("button", { name: "Add" }).waitFor({ timeout: 20_000 });
    await page.getByRole("textbox", { name: "Your message" }).fill("Just between Bob and me now");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByRole("list", { name: "Messages" }).getByText("Just between Bob and me now").waitFor({ timeout: 20_000 });

    await chloe.getByText(/^A message that can't be read on this device/).waitFor({ timeout: 30_000 });
    await expect(chloe.getByText("Just between Bob and me now").count()).resolves.toBe(0);
    await expect(chloe.getByRole("list", { name: "Messages" }).getByText("Hello, both of you").count()).resolves.toBe(1);
    await expectAccessible(chloe, "a conversation with a message that can't be read here");
  }, 120_000);

  it("[PVC6.4] offline and back: a message alice writes while the relay is down reaches chloe once it is up again", async () => {
    const chloe = phone!.page;
    const { page } = alice;
    const { port } = relay;
    await relay.close();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
    await page.getByRole("link", { name: "Chloe", exact: true }).click();
    await page.getByRole("textbox", { name: "Your message" }).fill("Written with no relay");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByRole("list", { name: "Messages" }).getByText("Written with no relay").waitFor();
    relay = await startRelay({ web: await buildApp(), port });
    await chloe.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
    await chloe.getByRole("link", { name: "Alice", exact: true }).click();
    await chloe.getByRole("list", { name: "Messages" }).getByText("Written with no relay").waitFor({ timeout: 60_000 });
  }, 120_000);

  it("[PVC6.4] \"Send a message\" on alice's member page opens chloe's conversation with her, not a new one", async () => {
    const chloe = phone!.page;
    await chloe.getByRole("list", { name: "Messages" }).getByRole("link", { name: "Alice", exact: true }).first().click();
    await chloe.getByRole("button", { name: "Send a message" }).click();
    await chloe.getByRole("heading", { level: 1, name: "Conversation" }).waitFor();
    await chloe.getByRole("list", { name: "Messages" }).getByText("Written with no relay").waitFor({ timeout: 20_000 });
  }, 60_000);

  it("[I18N3] alice's messages screens in Spanish have no word left in English and stay accessible", async () => {
    const { page } = alice;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await chooseOption(page, /Language/, "Español");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Mensajes" }).click();
    await page.getByRole("heading", { level: 1, name: "Mensajes" }).waitFor();
    await page.getByRole("link", { name: "Chloe", exact: true }).waitFor({ timeout: 20_000 });
    expect(await findUntranslated(page, "es")).toEqual([]);
    await page.getByRole("link", { name: "Chloe", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Conversación" }).waitFor();
    await page.getByRole("list", { name: "Mensajes" }).getByText("Written with no relay").waitFor({ timeout: 20_000 });
    expect(await findUntranslated(page, "es")).toEqual([]);
    await expectAccessible(page, "una conversación");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Ajustes" }).click();
    await chooseOption(page, /Idioma/, "English");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  }, 60_000);

  it("[CH2] [M11.1] France's Chat tab lists the rooms of the chapters below it, each marked with its chapter, and opens one", async () => {
    const { page } = alice;
    await page.goto(franceUrl);
    await page.getByRole("heading", { level: 1, name: "France" }).waitFor();
    await openChapterSection(page, "Chat");
    const below = page.getByRole("list", { name: "Rooms of the chapters below" });
    const belleville = below.getByRole("listitem").filter({ hasText: "In Belleville" });
    await belleville.waitFor({ timeout: 20_000 });
    await below.getByRole("listitem").filter({ hasText: "In Paris" }).waitFor();
    await expectAccessible(page, "chat rooms with the chapters below");
    await belleville.getByRole("link", { name: "General" }).click();
    await page.getByRole("heading", { level: 1, name: "General" }).waitFor({ timeout: 15_000 });
  }, 60_000);

  it("no page logged an error", () => {
    expect(problems.flat()).toEqual([]);
  });
});
