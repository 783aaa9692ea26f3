import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { geoEqualEarth } from "d3-geo";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/build-app.js";
import { chooseOption } from "../helpers/choose-option.js";
import { collectConsoleProblems, duringRelayOutage } from "../helpers/console-problems.js";
import { createIdentityInApp } from "../helpers/create-identity-in-app.js";
import { expectAccessible } from "../helpers/expect-accessible.js";
import { findUntranslated } from "../helpers/find-untranslated.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { createInviteLinkInApp, listedMemberKeys, openChapterSection, startOrganisationInApp } from "../helpers/organisation-in-app.js";
import { screenshotFolder } from "../helpers/screenshot-folder.js";
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

describe("a newcomer joins a chapter three levels down from its invite link, answers an event there, then writes and reads private messages", () => {
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
  }, 120_000);

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
      // The new screen is rendered as a transition: the refusal stays until it is shown.
      await waitFor(async () => (await bob.page.getByRole("alert").count()) === 0, "the last link's refusal is gone", { timeoutMs: 20_000 });
      await joinHere(bob.page, "Belleville", key);
      await waitFor(async () => (await listedMemberKeys(alice.page, "Members of Belleville")).includes(key), "alice sees bob in Belleville", { timeoutMs: 20_000 });
    } finally {
      await bob.close();
    }
  }, 120_000);

  it("[M7.3] on an insecure origin (a phone on http://LAN-address), the newcomer joins Belleville", async () => {
    phone = await launchBrowser("phone", [`--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`]);
    problems.push(collectConsoleProblems(phone.page));
    const lanLink = atLanName(link, relay.port);
    const key = await identityFromLink(phone.page, lanLink, "Chloe");
    await joinHere(phone.page, "Belleville", key);
    expect(await phone.page.evaluate(() => isSecureContext)).toBe(false);
    await waitFor(async () => (await listedMemberKeys(alice.page, "Members of Belleville")).includes(key), "alice sees chloe in Belleville", { timeoutMs: 20_000 });
  }, 120_000);

  it("[EV1.3] [EV3] [EV4] [EV4.3] [EV6] alice organises an event in Belleville, chloe answers from her phone, Paris lists it among its upcoming events, and it exports as .ics", async () => {
    const chloe = phone!.page;
    const { page } = alice;
    await openChapterSection(page, "Events");
    await page.getByText("No upcoming events").waitFor();
    await page.getByRole("button", { name: "New event" }).click();
    const dialog = page.getByRole("dialog", { name: "New event in Belleville" });
    await dialog.getByRole("textbox", { name: "Title" }).fill("Garden day");
    await dialog.getByRole("textbox", { name: "Address" }).fill("Rue de Belleville 1, Paris");
    await dialog.getByRole("textbox", { name: "Latitude" }).fill("48.8722");
    await dialog.getByRole("textbox", { name: "Longitude" }).fill("2.3767");
    await dialog.getByRole("textbox", { name: "How many can come" }).fill("1");
    // [EV5] Bad input is refused with what to change, before anything is signed.
    await dialog.getByLabel("Starts").fill("2030-06-15T18:00");
    await dialog.getByLabel("Ends").fill("2030-06-15T18:00");
    await dialog.getByRole("button", { name: "Create the event" }).click();
    await dialog.getByRole("alert").getByText("The end must be after the start.").waitFor();
    await dialog.getByLabel("Ends").fill("2030-06-15T20:00");
    await dialog.getByRole("textbox", { name: "Time zone" }).fill("Mars/Olympus_Mons");
    await dialog.getByRole("button", { name: "Create the event" }).click();
    await dialog.getByRole("alert").getByText("There is no time zone called Mars/Olympus_Mons. Use a name such as Europe/Madrid.").waitFor();
    await dialog.getByRole("textbox", { name: "Time zone" }).fill("Europe/Madrid");
    await dialog.getByRole("button", { name: "Create the event" }).click();
    await page.getByRole("heading", { level: 1, name: "Garden day" }).waitFor({ timeout: 20_000 });
    await expectAccessible(page, "an event");
    await page.screenshot({ path: resolve(screenshotFolder(), "event.png") });

    await openChapterSection(chloe, "Events");
    await chloe.getByRole("list", { name: "Upcoming events of Belleville" }).getByRole("link", { name: "Garden day" }).click({ timeout: 30_000 });
    await chloe.getByRole("heading", { level: 1, name: "Garden day" }).waitFor();
    await chloe.getByRole("button", { name: "I'm going" }).click();
    await chloe.getByRole("status").getByText("You are going.").waitFor({ timeout: 20_000 });

    // One place: chloe has it; alice, answering after her, waits.
    await page.getByRole("list", { name: "Going" }).getByText("Chloe").waitFor({ timeout: 30_000 });
    await page.getByText("1 of 1 places taken").waitFor();
    await page.getByRole("button", { name: "I'm going" }).click();
    await page.getByRole("status").getByText("The event is full: you are number 1 on the waiting list.").waitFor({ timeout: 20_000 });
    await expect(page.getByRole("list", { name: "Waiting list" }).textContent()).resolves.toContain("Alice");

    // [EV2] The organiser makes room for one more: the first waiting goes. Cancelled, then held after all.
    await page.getByRole("button", { name: "Change the event" }).click();
    const change = page.getByRole("dialog", { name: "Change “Garden day”" });
    await expect(change.getByRole("textbox", { name: "Time zone" }).inputValue()).resolves.toBe("Europe/Madrid");
    await expect(change.getByLabel("Starts").inputValue()).resolves.toBe("2030-06-15T18:00");
    await change.getByRole("textbox", { name: "How many can come" }).fill("2");
    await change.getByRole("button", { name: "Save the changes" }).click();
    await page.getByRole("status").getByText("You are going.").waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Cancel the event" }).click();
    await page.getByRole("alertdialog", { name: "Cancel “Garden day”?" }).getByRole("button", { name: "Cancel the event" }).click();
    await page.getByText("This event was cancelled.").waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Hold the event after all" }).click();
    await page.getByRole("status").getByText("You are going.").waitFor({ timeout: 20_000 });

    const folder = await mkdtemp(join(tmpdir(), "chapterhouse-ics-"));
    try {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download this event (.ics)" }).click()]);
      expect(download.suggestedFilename()).toBe("garden-day.ics");
      const file = join(folder, download.suggestedFilename());
      await download.saveAs(file);
      const text = await readFile(file, "utf8");
      expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
      expect(text).toContain("\r\nSUMMARY:Garden day\r\n");
      // Three changes (the places, the cancellation, holding it after all), and it stands.
      expect(text).toContain("\r\nSEQUENCE:3\r\n");
      expect(text).toContain("\r\nSTATUS:CONFIRMED\r\n");
      expect(text).toContain("\r\nDTSTART:20300615T160000Z\r\n");
      expect(text).toContain("\r\nLOCATION:Rue de Belleville 1\\, Paris\r\n");
      expect(text.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }

    // The city above lists its neighbourhood's event among its upcoming events; so does the home.
    await page.getByRole("navigation", { name: "You are here" }).getByRole("link", { name: "Paris" }).click();
    await page.getByRole("heading", { level: 1, name: "Paris" }).waitFor();
    await openChapterSection(page, "Events");
    const upcoming = page.getByRole("list", { name: "Upcoming events of Paris" });
    await upcoming.getByRole("link", { name: "Garden day" }).waitFor({ timeout: 20_000 });
    await expect(upcoming.textContent()).resolves.toContain("In Belleville");
    await expectAccessible(page, "a chapter's events");
    // By keyboard: the arrow moves from the list to the month.
    await page.getByRole("radio", { name: "A list" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.getByRole("table", { name: /^Events in / }).waitFor();
    await expectAccessible(page, "a chapter's events, a month");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
    await page.getByRole("heading", { level: 2, name: "Upcoming events" }).waitFor({ timeout: 20_000 });
    await page.getByRole("link", { name: "Garden day" }).waitFor({ timeout: 20_000 });

    // [I18N3] The same screens in Spanish.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await chooseOption(page, /Language/, "Español");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Inicio" }).click();
    await page.getByRole("link", { name: "Garden day" }).click({ timeout: 20_000 });
    await page.getByRole("heading", { level: 1, name: "Garden day" }).waitFor();
    await page.getByRole("status").getByText("Vas a asistir.").waitFor({ timeout: 20_000 });
    expect(await findUntranslated(page, "es")).toEqual([]);
    await expectAccessible(page, "un evento");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Ajustes" }).click();
    await chooseOption(page, /Idioma/, "English");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  }, 180_000);

  it("[MAP1] [MAP2] [MAP3] alice founds a neighbourhood by picking its place on the map; the map shows it and the event, and finds the nearest chapter", async () => {
    const { page } = alice;
    await page.getByRole("treegrid", { name: "Your organisations" }).getByRole("link", { name: "Paris" }).click();
    await page.getByRole("heading", { level: 1, name: "Paris" }).waitFor();
    await openChapterSection(page, "Overview");
    await page.getByRole("link", { name: "Found a sub-chapter" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Ménilmontant");
    await chooseOption(page, /Level/, "Neighbourhood");
    // Picking on the map fills the degrees (pointer); typing them stays the keyboard's way.
    const picker = page.getByRole("group", { name: "Map: press where the chapter meets" });
    // Where Ménilmontant is (48.87 N, 2.39 E), on the map's drawing as it is scaled on the page.
    const box = (await picker.boundingBox())!;
    const [x, y] = geoEqualEarth().fitSize([960, 467], { type: "Sphere" })([2.39, 48.87])!;
    await picker.click({ position: { x: (x / 960) * box.width, y: (y / 467) * box.height } });
    const lat = await page.getByRole("textbox", { name: "Latitude" }).inputValue();
    const lon = await page.getByRole("textbox", { name: "Longitude" }).inputValue();
    expect(Math.abs(Number(lat) - 48.87)).toBeLessThan(1);
    expect(Math.abs(Number(lon) - 2.39)).toBeLessThan(1);
    await page.getByRole("button", { name: "Found chapter" }).click();
    await page.getByRole("heading", { level: 1, name: "Ménilmontant" }).waitFor();

    await openChapterSection(page, "Overview");
    await page.getByRole("link", { name: "Map of chapters" }).click();
    await page.getByRole("heading", { level: 1, name: "Map of France" }).waitFor();
    const map = page.getByRole("group", { name: "Map of the chapters and events of France" });
    await map.getByRole("link", { name: "Ménilmontant" }).waitFor({ timeout: 20_000 });
    await map.getByRole("link", { name: "Event: Garden day" }).waitFor({ timeout: 20_000 });
    await page.getByText("3 chapters have no place yet and are not on the map.").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(screenshotFolder(), "map.png") });
    await page.getByRole("textbox", { name: "Latitude" }).fill(lat);
    await page.getByRole("textbox", { name: "Longitude" }).fill(lon);
    await page.getByRole("button", { name: "Find the nearest chapter" }).click();
    await page.getByRole("status").getByRole("link", { name: "Ménilmontant" }).waitFor();
    await expectAccessible(page, "the map of chapters");
    // [I18N3] The map in Spanish.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await chooseOption(page, /Language/, "Español");
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Mapa de France" }).waitFor();
    expect(await findUntranslated(page, "es")).toEqual([]);
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Ajustes" }).click();
    await chooseOption(page, /Idioma/, "English");
    await page.goBack();
    // By keyboard: the event, drawn at the same spot, covers the chapter's marker from the pointer.
    await map.getByRole("link", { name: "Ménilmontant" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Ménilmontant" }).waitFor();
  }, 120_000);

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
    // The event page she was on names Alice too: the conversation is the link once the messages are shown.
    await chloe.getByRole("heading", { level: 1, name: "Messages" }).waitFor({ timeout: 20_000 });
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
    await duringRelayOutage(problems, port, async () => {
      await relay.close();
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
      // The group's page she was on links Chloe too: the conversation is the link once the messages are shown.
      await page.getByRole("heading", { level: 1, name: "Messages" }).waitFor();
      await page.getByRole("link", { name: "Chloe", exact: true }).click();
      await page.getByRole("textbox", { name: "Your message" }).fill("Written with no relay");
      await page.getByRole("button", { name: "Send", exact: true }).click();
      await page.getByRole("list", { name: "Messages" }).getByText("Written with no relay").waitFor();
      relay = await startRelay({ web: await buildApp(), port });
      await chloe.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
      await chloe.getByRole("heading", { level: 1, name: "Messages" }).waitFor({ timeout: 20_000 });
      await chloe.getByRole("link", { name: "Alice", exact: true }).click();
      await chloe.getByRole("list", { name: "Messages" }).getByText("Written with no relay").waitFor({ timeout: 60_000 });
    });
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

  it("[AID2] [AID2.3] [AID3] [AID5.3] mutual aid: chloe asks for a lift on Belleville's board, placed on the map; alice finds it by the filters, by distance and on the map, sees chloe's page of posts, and answers by private message; chloe marks it met with a thank-you, which alice then reads", async () => {
    const chloe = phone!.page;
    const { page } = alice;
    /** Chooses `option` in the drop-down list labelled `label` inside `region`. */
    const choose = async (on: Page, region: string, label: RegExp, option: string) => {
      await on.getByRole("region", { name: region }).getByRole("button", { name: label }).click();
      await on.getByRole("option", { name: option, exact: true }).click();
      await on.getByRole("listbox").waitFor({ state: "detached" });
    };
    const toggle = (on: Page, name: string) => on.locator("label").filter({ hasText: name }).click();
    const lift = (on: Page) => on.getByRole("list", { name: "Offers and requests" }).getByRole("article", { name: "Request: A lift to the clinic on Friday" });

    await chloe.getByRole("treegrid", { name: "Your organisations" }).getByRole("link", { name: "Belleville" }).click();
    await chloe.getByRole("heading", { level: 1, name: "Belleville" }).waitFor();
    await openChapterSection(chloe, "Overview");
    await chloe.getByRole("link", { name: "Mutual aid" }).click();
    await chloe.getByRole("heading", { level: 1, name: "Mutual aid" }).waitFor();
    await chloe.getByText("Nothing here yet").waitFor({ timeout: 30_000 });
    await expectAccessible(chloe, "mutual aid, empty");
    await choose(chloe, "Offer or ask for help", /On the board of/, "Belleville");
    await choose(chloe, "Offer or ask for help", /Kind of help/, "Transport");
    const form = chloe.getByRole("region", { name: "Offer or ask for help" });
    await form.getByRole("textbox", { name: /^What/ }).fill("A lift to the clinic on Friday");
    await form.getByRole("textbox", { name: /^Where, roughly/ }).fill("Belleville metro");
    await form.getByRole("textbox", { name: /^When/ }).fill("Friday morning");
    // Pressing the form's map fills the degrees (pointer; at phone width a pixel is about a degree), then typed exactly (the keyboard's way).
    const formMap = form.getByRole("group", { name: "Map: press about where" });
    const box = (await formMap.boundingBox())!;
    const [x, y] = geoEqualEarth().fitSize([960, 467], { type: "Sphere" })([2.384, 48.872])!;
    await formMap.click({ position: { x: (x / 960) * box.width, y: (y / 467) * box.height } });
    expect(Math.abs(Number(await form.getByRole("textbox", { name: "Latitude" }).inputValue()) - 48.872)).toBeLessThan(2);
    await form.getByRole("textbox", { name: "Latitude" }).fill("48.8721");
    await form.getByRole("textbox", { name: "Longitude" }).fill("2.3845");
    await form.getByRole("button", { name: "Post", exact: true }).click();
    await form.getByText("Posted.").waitFor({ timeout: 20_000 });
    await lift(chloe).waitFor({ timeout: 20_000 });

    // Alice, on the same board, narrows it to requests of neighbourhoods in Belleville, and answers by private message.
    await page.goto(new URL(new URL(chloe.url()).hash, page.url()).href);
    await page.getByRole("heading", { level: 1, name: "Mutual aid" }).waitFor();
    await choose(page, "Show", /Offers or requests/, "Request");
    await choose(page, "Show", /Level/, "Neighbourhood");
    await choose(page, "Show", /Chapter/, "Belleville");
    await lift(page).waitFor({ timeout: 30_000 });
    await expect(lift(page).textContent()).resolves.toMatch(/around Belleville metro \(on the map\) · Friday morning · For the chapter's members/);
    // [AID5.3] By distance: within 10 km of the centre of Paris it is there; of London it is not, until the distance is 400 km.
    const show = page.getByRole("region", { name: "Show" });
    await toggle(page, "Only near a place");
    await show.getByRole("textbox", { name: "Latitude" }).fill("48.8566");
    await show.getByRole("textbox", { name: "Longitude" }).fill("2.3522");
    await lift(page).waitFor({ timeout: 20_000 });
    await show.getByRole("textbox", { name: "Latitude" }).fill("51.5074");
    await show.getByRole("textbox", { name: "Longitude" }).fill("-0.1278");
    await lift(page).waitFor({ state: "detached", timeout: 20_000 });
    await show.getByRole("textbox", { name: "Within (km)" }).fill("400");
    await show.getByRole("textbox", { name: "Within (km)" }).press("Tab");
    await lift(page).waitFor({ timeout: 20_000 });
    // On the board's map, at its rounded place; the marker leads to the post alone.
    const aidMap = page.getByRole("group", { name: "Map of the offers and requests shown" });
    await aidMap.getByRole("link", { name: "Request: A lift to the clinic on Friday" }).waitFor({ timeout: 20_000 });
    await expectAccessible(page, "mutual aid, by distance and on the map");
    await aidMap.getByRole("link", { name: "Request: A lift to the clinic on Friday" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "One offer or request" }).waitFor();
    await lift(page).waitFor({ timeout: 20_000 });
    // Chloe's page of what she offered and asked, from the post.
    await lift(page).getByRole("link", { name: "Their offers and requests" }).click();
    await page.getByRole("heading", { level: 2, name: /What they offered and asked: Chloe/ }).waitFor({ timeout: 20_000 });
    await lift(page).waitFor({ timeout: 20_000 });
    await expectAccessible(page, "mutual aid, a member's posts");
    await page.goBack();
    await page.goBack();
    await page.getByRole("heading", { level: 2, name: "Offers and requests" }).waitFor();
    await lift(page).waitFor({ timeout: 20_000 });
    await expectAccessible(page, "mutual aid, a request");
    await lift(page).getByRole("button", { name: "Send a message" }).click();
    await page.getByRole("heading", { level: 1, name: "Conversation" }).waitFor();
    await page.getByRole("textbox", { name: "Your message" }).fill("I can drive you on Friday");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await chloe.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
    // Not an Alice of the board she was on: the conversation, once the messages are shown.
    await chloe.getByRole("heading", { level: 1, name: "Messages" }).waitFor({ timeout: 20_000 });
    await chloe.getByRole("link", { name: "Alice", exact: true }).first().click();
    await chloe.getByRole("list", { name: "Messages" }).getByText("I can drive you on Friday").waitFor({ timeout: 30_000 });

    // Chloe, on her own page of what she offered and asked, marks it met with a thank-you.
    await chloe.goBack();
    await chloe.goBack();
    await chloe.getByRole("heading", { level: 1, name: "Mutual aid" }).waitFor();
    await toggle(chloe, "Only what I offered and asked");
    await chloe.getByRole("heading", { name: "What you offered and asked" }).waitFor();
    await lift(chloe).getByRole("button", { name: "Mark as met" }).click();
    const dialog = chloe.getByRole("alertdialog", { name: "Was this met?" });
    await dialog.getByRole("textbox", { name: /A thank-you/ }).fill("Thank you, Alice!");
    await dialog.getByRole("button", { name: "Mark as met" }).click();
    await lift(chloe).waitFor({ state: "detached", timeout: 20_000 });
    await toggle(chloe, "Include what was met");
    await lift(chloe).getByText("Thanks: Thank you, Alice!").waitFor({ timeout: 20_000 });
    await expectAccessible(chloe, "mutual aid, my posts, met");
    await chloe.evaluate(() => window.__chapterhouseTest!.setLanguage("es"));
    await chloe.getByRole("heading", { level: 1, name: "Apoyo mutuo" }).waitFor();
    expect(await findUntranslated(chloe, "es")).toEqual([]);
    await expectAccessible(chloe, "mutual aid, Spanish");
    await chloe.evaluate(() => window.__chapterhouseTest!.setLanguage("en"));

    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Mutual aid" }).waitFor();
    await toggle(page, "Include what was met");
    await lift(page).getByText("Thanks: Thank you, Alice!").waitFor({ timeout: 30_000 });
  }, 180_000);

  it("[RS2] [RS3] [RS5.1] [RS5.3] alice adds a PDF to Belleville's library (an SVG is refused with the reason); chloe, on her phone, finds it by its tag and sees its first page", async () => {
    const chloe = phone!.page;
    const { page } = alice;
    const flyer = await readFile(new URL("../data/rent-strike-flyer.pdf", import.meta.url));
    /** Chooses a file through the form's "Choose a file" button, as the member's file picker would. */
    const chooseFile = async (on: Page, name: string, mimeType: string, buffer: Buffer) => {
      const [chooser] = await Promise.all([on.waitForEvent("filechooser"), on.getByRole("button", { name: "Choose a file" }).click()]);
      await chooser.setFiles({ name, mimeType, buffer });
    };
    await page.getByRole("treegrid", { name: "Your organisations" }).getByRole("link", { name: "Belleville" }).click();
    await page.getByRole("heading", { level: 1, name: "Belleville" }).waitFor();
    await openChapterSection(page, "Library");
    await page.getByText("Nothing in the library yet").waitFor({ timeout: 20_000 });
    await expectAccessible(page, "library, empty");
    await page.getByRole("button", { name: "Add to the library" }).click();
    const dialog = page.getByRole("dialog", { name: "Add to the library of Belleville" });
    await dialog.getByText("Files up to 1 MB: pictures (PNG, JPEG, WebP, GIF), text (plain, Markdown, CSV) and PDF.").waitFor();
    await dialog.getByRole("textbox", { name: /^Title/ }).fill("Rent strike flyer");
    await dialog.getByRole("textbox", { name: /^Folder/ }).fill("Campaigns / 2026");
    await dialog.getByRole("textbox", { name: /^Tags/ }).fill("Rent, print");
    await chooseFile(page, "logo.svg", "image/svg+xml", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'));
    await dialog.getByRole("button", { name: "Add", exact: true }).click();
    await dialog.getByText("Files of type image/svg+xml are not accepted: only pictures, text and PDF.").waitFor();
    await expectAccessible(page, "library, a refused file");
    await chooseFile(page, "rent-strike-flyer.pdf", "application/pdf", flyer);
    await dialog.getByText(/Chosen: rent-strike-flyer\.pdf/).waitFor();
    await dialog.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Rent strike flyer" }).waitFor({ timeout: 20_000 });
    await page.locator('canvas[data-state="drawn"]').waitFor({ timeout: 20_000 });

    // Chloe, on her phone, narrows Belleville's library to the tag and opens the flyer: its bytes come from alice's device, checked against the signed hash.
    await chloe.getByRole("treegrid", { name: "Your organisations" }).getByRole("link", { name: "Belleville" }).click();
    await chloe.getByRole("heading", { level: 1, name: "Belleville" }).waitFor();
    await openChapterSection(chloe, "Library");
    const list = chloe.getByRole("list", { name: "Resources of Belleville" });
    await list.getByRole("link", { name: "Rent strike flyer" }).waitFor({ timeout: 30_000 });
    await chloe.getByRole("region", { name: "Find in the library" }).getByRole("button", { name: /Tag/ }).click();
    await chloe.getByRole("option", { name: "print (1)" }).click();
    await chloe.getByRole("listbox").waitFor({ state: "detached" });
    await expect(list.getByRole("listitem").allTextContents()).resolves.toEqual([expect.stringMatching(/Rent strike flyer.*In Campaigns\/2026.*#print #rent/)]);
    await expectAccessible(chloe, "library, filtered by a tag");
    await list.getByRole("link", { name: "Rent strike flyer" }).click();
    await chloe.getByRole("heading", { level: 1, name: "Rent strike flyer" }).waitFor();
    await chloe.getByRole("img", { name: "The first page of rent-strike-flyer.pdf" }).and(chloe.locator('[data-state="drawn"]')).waitFor({ timeout: 30_000 });
    await chloe.getByRole("button", { name: "Save the file" }).waitFor();
    await expectAccessible(chloe, "a resource, previewed");
    await chloe.evaluate(() => window.__chapterhouseTest!.setLanguage("es"));
    await chloe.getByRole("button", { name: "Guardar el archivo" }).waitFor();
    expect(await findUntranslated(chloe, "es")).toEqual([]);
    await expectAccessible(chloe, "a resource, Spanish");
    await chloe.evaluate(() => window.__chapterhouseTest!.setLanguage("en"));
  }, 120_000);

  it("[RS7] [RS9] [CH8.2] alice edits the flyer's title, and its history keeps the first; appointed moderator, she hides a scam link with a reason; chloe sees it hidden, with the reason, and its content only on request", async () => {
    const chloe = phone!.page;
    const { page } = alice;
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const editing = page.getByRole("dialog", { name: "Edit “Rent strike flyer”" });
    await editing.getByText(/Keeping the file rent-strike-flyer\.pdf/).waitFor();
    await editing.getByRole("textbox", { name: /^Title/ }).fill("Rent strike flyer, second edition");
    await editing.getByRole("button", { name: "Save changes" }).click();
    await editing.waitFor({ state: "detached", timeout: 20_000 });
    await page.getByRole("heading", { level: 1, name: "Rent strike flyer, second edition" }).waitFor({ timeout: 20_000 });
    const history = page.getByRole("region", { name: "History" });
    await history.getByText(/^Added by .*“Rent strike flyer”$/).waitFor();
    await history.getByText(/^Edited by .*“Rent strike flyer, second edition”$/).waitFor();
    await expectAccessible(page, "a resource, edited, with its history");

    // Alice, a founder of Belleville, appoints herself moderator there (M9.2), adds a link and hides it as a moderator.
    await page.getByRole("link", { name: "Back to the library" }).click();
    await page.getByRole("heading", { level: 1, name: "Belleville" }).waitFor();
    await openChapterSection(page, "Roles");
    const appoint = page.getByRole("region", { name: "Appoint a member" });
    for (const [label, option] of [[/Member/, "You (Alice)"], [/Role/, "Moderator"]] as const) {
      await appoint.getByRole("button", { name: label }).click({ timeout: 10_000 });
      await page.getByRole("option", { name: option, exact: true }).click({ timeout: 10_000 });
      await page.getByRole("listbox").waitFor({ state: "detached", timeout: 10_000 });
    }
    await appoint.getByRole("button", { name: "Appoint", exact: true }).click();
    await page.getByText("You (Alice) is now Moderator.").waitFor({ timeout: 20_000 });
    await openChapterSection(page, "Library");
    await page.getByRole("button", { name: "Add to the library" }).click();
    const adding = page.getByRole("dialog", { name: "Add to the library of Belleville" });
    await adding.getByRole("textbox", { name: /^Title/ }).fill("Cheap flats");
    await adding.locator("label").filter({ hasText: "A link" }).click();
    await adding.getByRole("textbox", { name: /^Address/ }).fill("https://example.org/flats");
    await adding.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Cheap flats" }).waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Hide as moderator" }).click({ timeout: 20_000 });
    const hiding = page.getByRole("dialog", { name: "Hide this resource" });
    await hiding.getByRole("textbox", { name: "Reason (members will see it)" }).fill("Links to a scam");
    await hiding.getByRole("button", { name: "Hide", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Hidden resource" }).waitFor({ timeout: 20_000 });

    // Chloe, on her phone: the library lists it hidden; its page gives the moderator's reason, and its content on request.
    await chloe.goto(new URL(new URL(chloe.url()).hash.replace(/\/resource\/.*$/, ""), chloe.url()).href);
    await chloe.getByRole("heading", { level: 1, name: "Belleville" }).waitFor();
    await openChapterSection(chloe, "Library");
    const list = chloe.getByRole("list", { name: "Resources of Belleville" });
    await list.getByRole("link", { name: "Rent strike flyer, second edition" }).waitFor({ timeout: 30_000 });
    await list.getByRole("link", { name: "Hidden by a moderator" }).click({ timeout: 30_000 });
    await chloe.getByRole("heading", { level: 1, name: "Hidden resource" }).waitFor();
    await chloe.getByText(/a moderator: Links to a scam/).waitFor();
    await expect(chloe.getByText("https://example.org/flats").count()).resolves.toBe(0);
    await expectAccessible(chloe, "a hidden resource");
    await chloe.getByRole("button", { name: "Show it anyway" }).click();
    await chloe.getByRole("heading", { level: 1, name: "Cheap flats" }).waitFor();
    await chloe.getByRole("link", { name: "https://example.org/flats" }).waitFor();
    await chloe.evaluate(() => window.__chapterhouseTest!.setLanguage("es"));
    await chloe.getByRole("button", { name: "Volver a ocultarlo" }).waitFor();
    expect(await findUntranslated(chloe, "es")).toEqual([]);
    await expectAccessible(chloe, "a hidden resource shown on request, Spanish");
    await chloe.evaluate(() => window.__chapterhouseTest!.setLanguage("en"));
  }, 180_000);

  it("[SEARCH4] alice writes in Belleville's general room; chloe presses / on her phone and finds the message, grouped under the chat messages of Belleville, and the flyer alice uploaded, but not the hidden resource", async () => {
    const chloe = phone!.page;
    const { page } = alice;
    await page.getByRole("link", { name: "Back to the library" }).click();
    await page.getByRole("heading", { level: 1, name: "Belleville" }).waitFor();
    await openChapterSection(page, "Chat");
    await page.getByRole("list", { name: "Rooms of Belleville" }).getByRole("link", { name: "General" }).click();
    await page.getByRole("textbox", { name: "Message" }).fill("The boiler on rue des Envierges is broken again");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByText("The boiler on rue des Envierges is broken again").waitFor({ timeout: 20_000 });
    await chloe.keyboard.press("/");
    await chloe.getByRole("heading", { level: 1, name: "Search" }).waitFor();
    const field = chloe.getByRole("searchbox", { name: "Search everything on this device" });
    const chat = chloe.getByRole("region", { name: "Chat messages in Belleville" });
    // Typed once: the results follow the room's page as it syncs to the phone.
    await field.fill("envierg");
    await chat.getByRole("link", { name: /The boiler on rue des Envierges/ }).waitFor({ timeout: 40_000 });
    // The flyer alice uploaded from her device is found on chloe's phone by a word of its title.
    await field.fill("flyer");
    await chloe.getByRole("region", { name: "Resources in Belleville" }).getByRole("link", { name: /Rent strike flyer, second edition/ }).waitFor({ timeout: 40_000 });
    await field.fill("cheap flats");
    await chloe.getByRole("heading", { name: "Nothing found for “cheap flats”" }).waitFor({ timeout: 10_000 });
    await expectAccessible(chloe, "search, a chat message found");
    await chloe.goBack();
  }, 120_000);

  it("[PJ2] [PJ3] [PJ4] [PJ5] [PJ6] alice starts a project in Belleville with two tasks and moves one across the board by keyboard; chloe takes part from her phone and moves the other; the chapter's home page shows the progress", async () => {
    const chloe = phone!.page;
    const { page } = alice;
    const column = (on: Page, name: RegExp) => on.getByRole("list", { name });
    const card = (on: Page, status: RegExp, task: string) => column(on, status).getByRole("article", { name: task });
    /** Presses a card's button from the keyboard: focus, then Enter. */
    const pressKey = async (on: Page, status: RegExp, task: string, button: string) => {
      await card(on, status, task).getByRole("button", { name: button }).focus();
      await on.keyboard.press("Enter");
    };
    const addTask = async (title: string, due: string) => {
      await page.getByRole("button", { name: "Add a task" }).click();
      const dialog = page.getByRole("dialog", { name: "A new task in Repair café" });
      await dialog.getByRole("textbox", { name: /^Task/ }).fill(title);
      if (due !== "") await dialog.getByLabel(/^Due on/).fill(due);
      await dialog.getByRole("button", { name: "Add", exact: true }).click();
      await dialog.waitFor({ state: "detached" });
      await page.getByRole("list", { name: "Tasks of Repair café" }).getByRole("article", { name: title }).waitFor({ timeout: 20_000 });
    };
    await page.goto(new URL(new URL(chloe.url()).hash.replace(/\/resource\/.*$/, ""), page.url()).href);
    await page.getByRole("heading", { level: 1, name: "Belleville" }).waitFor();
    await openChapterSection(page, "Projects");
    await page.getByText("No projects yet").waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Start a project" }).click();
    const dialog = page.getByRole("dialog", { name: "Start a project in Belleville" });
    await dialog.getByRole("textbox", { name: /^Title/ }).fill("Repair café");
    await dialog.getByRole("textbox", { name: /^What it is about/ }).fill("Fix things together, once a month.");
    await dialog.getByRole("button", { name: "Start", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Repair café" }).waitFor({ timeout: 20_000 });
    await addTask("Find a venue", "2026-12-20");
    await addTask("Print the flyer", "");
    await expectAccessible(page, "a project, its tasks as a list");
    await page.locator("label").filter({ hasText: "A board" }).click();
    await pressKey(page, /^To do/, "Find a venue", "Move to Doing");
    await card(page, /^Doing/, "Find a venue").waitFor({ timeout: 20_000 });
    await pressKey(page, /^Doing/, "Find a venue", "Move to Done");
    await card(page, /^Done/, "Find a venue").waitFor({ timeout: 20_000 });
    await page.getByText("1 of 2 tasks done").waitFor();
    await expectAccessible(page, "a project as a board");

    // Chloe, on her phone, takes part and moves the other task; alice's board follows.
    await chloe.goto(new URL(new URL(page.url()).hash, chloe.url()).href);
    await chloe.getByRole("heading", { level: 1, name: "Repair café" }).waitFor({ timeout: 30_000 });
    await chloe.getByText("Take part in this project to add tasks and move them.").waitFor();
    await chloe.getByRole("button", { name: "Take part" }).click();
    await chloe.getByRole("button", { name: "Stop taking part" }).waitFor({ timeout: 20_000 });
    await chloe.locator("label").filter({ hasText: "A board" }).click();
    await pressKey(chloe, /^To do/, "Print the flyer", "Move to Doing");
    await card(chloe, /^Doing/, "Print the flyer").waitFor({ timeout: 20_000 });
    await card(page, /^Doing/, "Print the flyer").waitFor({ timeout: 30_000 });
    await chloe.evaluate(() => window.__chapterhouseTest!.setLanguage("es"));
    await chloe.getByRole("button", { name: "Dejar de participar" }).waitFor();
    expect(await findUntranslated(chloe, "es")).toEqual([]);
    await expectAccessible(chloe, "a project as a board, Spanish");
    await chloe.evaluate(() => window.__chapterhouseTest!.setLanguage("en"));

    await page.getByRole("link", { name: "Back to the projects" }).click();
    await openChapterSection(page, "Home page");
    await page.getByRole("region", { name: "Projects under way" }).getByText("1 of 2 tasks done").waitFor({ timeout: 20_000 });
  }, 180_000);

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
