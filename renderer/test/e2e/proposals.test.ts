import { mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
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
import { screenshotFolder } from "../helpers/screenshot-folder.js";
import { screenshotAtSizes } from "../helpers/screenshot-at-sizes.js";
import {
  createInviteLinkInApp,
  listedMemberKeys,
  openChapterSection,
  startOrganisationInApp,
} from "../helpers/organisation-in-app.js";
import { serveApp, type ServedApp } from "../helpers/serve-app.js";
import { startRelay, type TestRelay } from "../helpers/start-relay.js";
import { waitFor } from "../helpers/wait-for.js";

const screenshots = screenshotFolder();
const TITLE = "Repaint the stairwell";

async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(screenshots, name), fullPage: true });
}

/** The draft textarea's text. */
function draftText(page: Page): Promise<string> {
  return page.getByLabel("Draft text").inputValue();
}

/** Types at the end of the draft, key by key, as a member does. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  const area = page.getByLabel("Draft text");
  await area.click();
  await area.press("Control+End");
  await area.pressSequentially(text, { delay: 10 });
}

/** Goes to one of the proposal page's views by its tab, and waits for the tab to be the selected one. */
async function openTab(page: Page, name: RegExp): Promise<void> {
  const tab = page.getByRole("tab", { name });
  await tab.click();
  await page.getByRole("tab", { name, selected: true }).waitFor();
}

/**
 * How far right the proposal page's own content reaches at a phone's width (390 px). The tabs
 * inside the tab bar are left out, not the bar: the UI kit's tab bar scrolls sideways by design
 * (overflow-x), so a tab past its edge is scrolled to, never cut off; the bar itself must fit.
 */
async function contentRightAtPhone(page: Page): Promise<number> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const right = await page.evaluate(() =>
    Math.max(...[...document.querySelectorAll(".proposal, .proposal *")].filter((element) => element.closest(".ui-TabList") === null || element.classList.contains("ui-TabList")).map((element) => element.getBoundingClientRect().right)),
  );
  if (before !== null) await page.setViewportSize(before);
  return right;
}

/** What a proposal's Text view shows of its versions (number, record id, text; the current one first), and its stage. */
async function shown(page: Page) {
  const rows = await page.locator("article.version").evaluateAll((articles) =>
    articles.map((article) => [article.getAttribute("data-version"), article.getAttribute("data-record"), article.querySelector(".version-text")?.textContent ?? ""]),
  );
  const stage = await page.locator(".proposal-meta .stage-badge").getAttribute("data-stage");
  return { rows, stage };
}

/** The proposal indexes kept in the device-local database's `keptResults` table (the Dexie database whose name ends in `-local`), read in the page: each row's entries' titles and stages. */
function keptIndexes(page: Page): Promise<{ title: string; stage: string }[][]> {
  return page.evaluate(async () => {
    const name = (await indexedDB.databases()).map((entry) => entry.name ?? "").find((entry) => entry.endsWith("-local"));
    if (name === undefined) return [];
    return new Promise<{ title: string; stage: string }[][]>((resolve) => {
      const request = indexedDB.open(name);
      request.onerror = () => resolve([]);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains("keptResults")) {
          db.close();
          resolve([]);
          return;
        }
        const all = db.transaction("keptResults").objectStore("keptResults").getAll();
        all.onerror = () => resolve([]);
        all.onsuccess = () => {
          const rows = all.result as { key: string; value: { title: string; stage: string }[] }[];
          resolve(rows.filter((row) => row.key.startsWith("proposal index ")).map((row) => row.value.map(({ title, stage }) => ({ title, stage }))));
          db.close();
        };
      };
    });
  });
}

describe("proposals drafted, published, discussed and amended across two browsers and a relay, then a chat in the chapter's room", () => {
  let app: ServedApp;
  let relay: TestRelay;
  let alice: TestBrowser;
  let bob: TestBrowser;
  let aliceKey = "";
  const problems: string[][] = [];
  const heights: Record<string, unknown> = {};

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
    await writeFile(resolve(screenshots, "proposal-page-heights.json"), `${JSON.stringify(heights, null, 2)}\n`).catch(() => undefined);
    await Promise.all([alice?.close(), bob?.close()]);
    await Promise.all([relay?.close(), app?.close()]);
  });

  it("alice creates an organisation and invites bob, who joins from the link; the empty list says what to do", async () => {
    const a = alice.page;
    await openApp(a, app.url);
    await addRelayInSettings(a, relay.url);
    await a.getByRole("link", { name: "Home" }).click();
    await createIdentityInApp(a, "Alice", "alice passphrase");
    aliceKey = (await a.evaluate(() => window.__chapterhouseTest!.memberKey())) ?? "";
    await startOrganisationInApp(a, "Riverside Tenants");
    await openChapterSection(a, "Proposals & votes");
    await a.getByRole("heading", { name: "No proposals yet" }).waitFor();
    await expectAccessible(a, "proposal list, empty");
    const link = await createInviteLinkInApp(a, "5");

    const b = bob.page;
    await b.goto(link);
    await b.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    await createIdentityInApp(b, "Bob", "bob passphrase");
    await b.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    await b.getByRole("button", { name: "Join", exact: true }).click();
    await b.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor({ timeout: 30_000 });
    await waitFor(
      async () => (await listedMemberKeys(a, "Members of Riverside Tenants")).length === 2,
      "alice sees bob join",
      { timeoutMs: 20_000 },
    );
  }, 120_000);

  it("[P2] alice starts a proposal, its title checked in the form; bob finds it in the chapter's list and opens it", async () => {
    const a = alice.page;
    await openChapterSection(a, "Proposals & votes");
    await a.getByRole("link", { name: "Start a proposal" }).click();
    await a.getByRole("heading", { level: 1, name: "Start a proposal in Riverside Tenants" }).waitFor();
    await expectAccessible(a, "new proposal");
    const title = a.getByRole("textbox", { name: "Title" });
    await a.getByRole("button", { name: "Start proposal" }).click();
    await a.getByText("Give the proposal a title.").waitFor();
    await expect(title.getAttribute("aria-invalid")).resolves.toBe("true");
    // [P2] A title past 200 characters is never cut: the field says so, and starting is refused.
    const long = `${"Repaint ".repeat(25)}now!`;
    await title.fill(long);
    await expect(title.inputValue()).resolves.toBe(long);
    await a.getByText("204 of 200 characters").waitFor();
    await a.getByText("4 characters too many: shorten it to send").waitFor();
    await a.getByRole("button", { name: "Start proposal" }).click();
    await a.getByRole("heading", { level: 1, name: "Start a proposal in Riverside Tenants" }).waitFor();
    await expectAccessible(a, "new proposal, title too long");
    await title.fill(TITLE);
    await a.getByText(`${TITLE.length} of 200 characters`).waitFor();
    await a.getByLabel("First draft").fill("We repaint the stairwell.");
    await a.getByRole("button", { name: "Start proposal" }).click();
    await a.getByRole("heading", { level: 1, name: TITLE }).waitFor({ timeout: 15_000 });
    await waitFor(async () => (await draftText(a)) === "We repaint the stairwell.", "alice's draft is open");
    expect((await shown(a)).stage).toBe("draft");
    await expectAccessible(a, "proposal text, draft");

    const b = bob.page;
    await openChapterSection(b, "Proposals & votes");
    const list = b.getByRole("list", { name: "Proposals of Riverside Tenants" });
    await list.getByRole("link", { name: TITLE }).waitFor({ timeout: 20_000 });
    // [PF3.3] bob sees the name in alice's profile.
    await waitFor(async () => /Draft.*by Alice/.test((await list.getByRole("listitem").first().textContent()) ?? ""), "bob's list names alice", { timeoutMs: 20_000 });
    await expect(list.getByRole("listitem").first().textContent()).resolves.not.toContain(aliceKey.slice(0, 8));
    await expectAccessible(b, "proposal list");
    await list.getByRole("link", { name: TITLE }).click();
    await b.getByRole("heading", { level: 1, name: TITLE }).waitFor({ timeout: 15_000 });
    await waitFor(
      async () => (await draftText(b)) === "We repaint the stairwell.",
      "bob sees alice's draft",
      { timeoutMs: 20_000 },
    );
    // Only the author or a facilitator publishes versions.
    await expect(b.getByRole("button", { name: "Publish version 1" }).count()).resolves.toBe(0);
  });

  it("both edit the draft and each sees the other's edits live", async () => {
    const [a, b] = [alice.page, bob.page];
    await typeAtEnd(a, " In spring.");
    await waitFor(async () => (await draftText(b)).endsWith("In spring."), "bob sees alice type", {
      timeoutMs: 15_000,
    });
    await typeAtEnd(b, " Walls light green.");
    const merged = "We repaint the stairwell. In spring. Walls light green.";
    for (const page of [a, b])
      await waitFor(async () => (await draftText(page)) === merged, "both drafts read the same", {
        timeoutMs: 15_000,
      });
  });

  it("[P3] alice publishes version 1 from its dialog; both see it, in deliberation", async () => {
    const [a, b] = [alice.page, bob.page];
    await a.getByRole("button", { name: "Publish version 1" }).click();
    const dialog = a.getByRole("dialog", { name: "Publish version 1" });
    await dialog.waitFor();
    await expectAccessible(a, "publish version dialog");
    await dialog.getByRole("button", { name: "Publish version 1" }).click();
    await a.getByText("Version 1 is published.").waitFor({ timeout: 15_000 });
    for (const page of [a, b]) {
      await waitFor(async () => (await shown(page)).rows.length === 1, "version 1 is listed", {
        timeoutMs: 20_000,
      });
      expect(await shown(page)).toMatchObject({
        stage: "deliberation",
        rows: [["1", expect.any(String), "We repaint the stairwell. In spring. Walls light green."]],
      });
    }
  });

  it("[P4] [P5] [P6] bob comments and proposes an amendment on the Discussion tab; alice accepts it into version 2, and both browsers show the same", async () => {
    const [a, b] = [alice.page, bob.page];
    await openTab(b, /^Discussion/);
    await b.getByRole("heading", { name: "No comments yet" }).waitFor();
    await expectAccessible(b, "proposal discussion, empty");
    await b.getByLabel("Your comment").fill("Which green? The hall is dark.");
    await b.getByRole("button", { name: "Post comment" }).click();
    await openTab(a, /^Discussion/);
    await a
      .getByRole("list", { name: "Comments" })
      .getByText("Which green? The hall is dark.")
      .waitFor({ timeout: 20_000 });

    const amended = "We repaint the stairwell. In spring. Walls pale sage green.";
    await b.getByRole("button", { name: "Propose an amendment" }).click();
    const dialog = b.getByRole("dialog", { name: "Propose an amendment to version 1" });
    await dialog.waitFor();
    await expectAccessible(b, "amendment dialog");
    await dialog.getByLabel("Amended text").fill(amended);
    await dialog.getByLabel("Why (optional)").fill("A lighter green for a dark hall.");
    await dialog.getByRole("button", { name: "Propose amendment" }).click();
    await b.getByText("Your amendment is proposed.").waitFor({ timeout: 15_000 });

    const amendments = a.getByRole("list", { name: "Amendments" });
    await amendments.getByText("A lighter green for a dark hall.").waitFor({ timeout: 20_000 });
    await expectAccessible(a, "proposal discussion");
    await a.getByRole("button", { name: "Accept into version 2" }).click();
    for (const page of [a, b]) {
      await page
        .getByRole("list", { name: "Amendments" })
        .locator('li[data-state="accepted"]')
        .waitFor({ timeout: 20_000 });
      await openTab(page, /^Text/);
      await waitFor(async () => (await shown(page)).rows.length === 2, "version 2 is listed", {
        timeoutMs: 20_000,
      });
    }
    const [fromAlice, fromBob] = [await shown(a), await shown(b)];
    expect(fromAlice).toEqual(fromBob);
    expect(fromAlice.rows.map(([n, , text]) => [n, text])).toEqual([
      ["2", amended],
      ["1", "We repaint the stairwell. In spring. Walls light green."],
    ]);
    expect(fromAlice.stage).toBe("deliberation");
    // The draft held version 1's text unchanged, so it follows the accepted amendment.
    await waitFor(async () => (await draftText(b)) === amended, "the draft follows version 2", {
      timeoutMs: 15_000,
    });
    await expectAccessible(a, "proposal text, deliberation");
    await screenshot(a, "proposal.png");
  });

  it("the proposal's Text and Discussion views each fit on a page or two, at desktop and phone sizes", async () => {
    const a = alice.page;
    heights["text"] = await screenshotAtSizes(a, "proposal-text");
    const textRight = await contentRightAtPhone(a);
    await openTab(a, /^Discussion/);
    heights["discussion"] = await screenshotAtSizes(a, "proposal-discussion");
    const discussionRight = await contentRightAtPhone(a);
    for (const views of [heights["text"], heights["discussion"]] as { width: number; pageHeight: number }[][]) {
      // Before the split, this proposal's one page was 3,300 px high at 1280 wide.
      expect(views[0]!.pageHeight).toBeLessThan(2000);
    }
    // Nothing of the proposal page reaches past a phone's width (the shell's header is not the page's).
    expect(Math.max(textRight, discussionRight)).toBeLessThanOrEqual(390);
    await openTab(a, /^Text/);
  });

  it("the chapter's list shows the proposal in deliberation, from the Chapter document", async () => {
    const b = bob.page;
    // From the proposal page, back up the breadcrumb to the chapter.
    await b
      .getByRole("navigation", { name: "You are here" })
      .getByRole("link", { name: "Riverside Tenants" })
      .click();
    await b.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
    await openChapterSection(b, "Proposals & votes");
    const item = b
      .getByRole("list", { name: "Proposals of Riverside Tenants" })
      .getByRole("listitem")
      .filter({ hasText: TITLE });
    await item.locator('.stage-badge[data-stage="deliberation"]').waitFor({ timeout: 20_000 });
    await screenshot(b, "proposal-list.png");
  });

  it("[P8] bob's device keeps the chapter's index; after a reload the list shows the proposal in deliberation again", async () => {
    const b = bob.page;
    await waitFor(
      async () => (await keptIndexes(b)).some((entries) => entries.some((entry) => entry.title === TITLE && entry.stage === "deliberation")),
      "the chapter's index kept on bob's device",
      { timeoutMs: 20_000 },
    );
    await b.reload();
    await b.getByLabel("Passphrase").fill("bob passphrase");
    await b.getByRole("button", { name: "Unlock" }).click();
    await b.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor({ timeout: 30_000 });
    const item = b
      .getByRole("list", { name: "Proposals of Riverside Tenants" })
      .getByRole("listitem")
      .filter({ hasText: TITLE });
    await item.locator('.stage-badge[data-stage="deliberation"]').waitFor({ timeout: 30_000 });
  });

  it("[SEARCH1] [SEARCH2] [SEARCH4] bob presses / and finds alice's proposal, typed on her device, by a word's start and by a misspelt word, grouped under the proposals of Riverside Tenants, and his comment on it by its words; the search screen in Spanish", async () => {
    const b = bob.page;
    await b.keyboard.press("/");
    await b.getByRole("heading", { level: 1, name: "Search" }).waitFor();
    await b.getByRole("heading", { name: "What are you looking for?" }).waitFor();
    await expectAccessible(b, "search, nothing typed");
    const field = b.getByRole("searchbox", { name: "Search everything on this device" });
    const proposals = b.getByRole("region", { name: "Proposals in Riverside Tenants", exact: true });
    await field.fill("stairw");
    await proposals.getByRole("link", { name: TITLE }).waitFor({ timeout: 30_000 });
    await field.fill("repaimt");
    await proposals.getByRole("link", { name: TITLE }).waitFor({ timeout: 10_000 });
    // P4: bob's comment is found by its words, titled by its proposal, among the proposals' comments.
    await field.fill("hall dark");
    await b.getByRole("region", { name: "Comments on proposals in Riverside Tenants" }).getByRole("link", { name: `${TITLE}: Which green? The hall is dark.` }).waitFor({ timeout: 20_000 });
    await expectAccessible(b, "search, results");
    await field.fill("zqxjv");
    await b.getByRole("heading", { name: "Nothing found for “zqxjv”" }).waitFor({ timeout: 10_000 });
    await b.evaluate(() => window.__chapterhouseTest!.setLanguage("es"));
    await b.getByRole("heading", { level: 1, name: "Buscar" }).waitFor();
    await b.getByRole("searchbox", { name: "Buscar en todo lo que hay en este dispositivo" }).fill("stairw");
    await b.getByRole("region", { name: "Propuestas en Riverside Tenants", exact: true }).getByRole("link", { name: TITLE }).waitFor({ timeout: 10_000 });
    expect(await findUntranslated(b, "es")).toEqual([]);
    await expectAccessible(b, "search, Spanish");
    await b.evaluate(() => window.__chapterhouseTest!.setLanguage("en"));
    await proposals.getByRole("link", { name: TITLE }).click();
    await b.getByRole("heading", { level: 1, name: TITLE }).waitFor({ timeout: 20_000 });
    await b.getByRole("navigation", { name: "You are here" }).getByRole("link", { name: "Riverside Tenants" }).click();
    await b.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
    await openChapterSection(b, "Proposals & votes");
  });

  it("[I18N3] [A11Y1] in Spanish: the list, a new proposal, the proposal's text and discussion, with no text left in English", async () => {
    const b = bob.page;
    await b.evaluate(() => window.__chapterhouseTest!.setLanguage("es"));
    await b.waitForFunction(() => document.documentElement.lang === "es");
    const list = b.getByRole("list", { name: "Propuestas de Riverside Tenants" });
    await list.getByText("Deliberación").waitFor();
    expect(await findUntranslated(b, "es")).toEqual([]);
    await expectAccessible(b, "proposal list, Spanish");
    await b.getByRole("link", { name: "Empezar una propuesta" }).click();
    await b.getByRole("heading", { level: 1, name: "Empezar una propuesta en Riverside Tenants" }).waitFor();
    expect(await findUntranslated(b, "es")).toEqual([]);
    await expectAccessible(b, "new proposal, Spanish");
    await b.goBack();
    await list.getByRole("link", { name: TITLE }).click();
    await b.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await b.getByText("Versión 2: el texto actual").waitFor();
    expect(await findUntranslated(b, "es")).toEqual([]);
    await expectAccessible(b, "proposal text, Spanish");
    await openTab(b, /^Debate/);
    await b.getByRole("list", { name: "Enmiendas" }).waitFor();
    expect(await findUntranslated(b, "es")).toEqual([]);
    await expectAccessible(b, "proposal discussion, Spanish");
    await b.evaluate(() => window.__chapterhouseTest!.setLanguage("en"));
    await b.getByRole("tab", { name: /^Discussion/, selected: true }).waitFor();
  });

  const greeting = (page: Page) => page.locator("li.chat-message").filter({ hasText: "The paint is here, @Bob" }).first();
  const rude = (page: Page) => page.locator("li.chat-message").filter({ hasText: /You are all fools|Hidden by a moderator/ }).first();
  /** Chooses `name` in the actions menu of the message `item`. */
  async function messageAction(page: Page, item: ReturnType<Page["locator"]>, name: string): Promise<void> {
    await item.getByRole("button", { name: "Actions on this message" }).click();
    await page.getByRole("menuitem", { name }).click();
  }

  it("[CH4.3] [CH6] [CH4.2] in the chapter's general room: a mention, presence, a reaction and a reply in a thread", async () => {
    const [a, b] = [alice.page, bob.page];
    for (const page of [a, b]) {
      await page.getByRole("navigation", { name: "You are here" }).getByRole("link", { name: "Riverside Tenants" }).click();
      await openChapterSection(page, "Chat");
      await page.getByRole("list", { name: "Rooms of Riverside Tenants" }).getByRole("link", { name: "General" }).click();
      await page.getByRole("heading", { level: 1, name: "General" }).waitFor({ timeout: 15_000 });
    }
    await a.getByRole("heading", { name: "Nothing here yet" }).waitFor();
    await expectAccessible(a, "chat room, empty");
    // [CH4.3] A mention chosen from the members' names as "@" and the start of a name are typed.
    const composer = a.getByRole("textbox", { name: "Message" });
    await composer.fill("The paint is here, @Bo");
    await a.getByRole("button", { name: "Mention Bob" }).click();
    await expect(composer.inputValue()).resolves.toBe("The paint is here, @Bob ");
    await a.getByRole("button", { name: "Send", exact: true }).click();
    await greeting(b).waitFor({ timeout: 20_000 });
    await expect(greeting(b).getAttribute("data-mentions-me")).resolves.toBe("true");
    await expect(greeting(a).getAttribute("data-mentions-me")).resolves.toBeNull();
    // Presence is an ephemeral message through the relay, never stored.
    await b.getByText("Here now: Alice").waitFor({ timeout: 20_000 });
    // [CH6] bob reacts; alice sees the tally.
    await messageAction(b, greeting(b), "React with 👍");
    await greeting(a).getByRole("button", { name: /^👍 1: Bob/ }).waitFor({ timeout: 20_000 });
    // [CH4.2] bob replies in the message's thread; alice sees the count of replies.
    await messageAction(b, greeting(b), "Reply");
    const thread = b.locator(".chat-thread");
    await thread.getByRole("textbox", { name: "Your reply" }).fill("I will bring the brushes");
    await thread.getByRole("button", { name: "Reply", exact: true }).click();
    await thread.locator("li.chat-message").filter({ hasText: "I will bring the brushes" }).waitFor({ timeout: 15_000 });
    await greeting(a).getByRole("button", { name: "1 reply" }).waitFor({ timeout: 20_000 });
    await expectAccessible(b, "chat room, thread open");
  });

  it("[CH10.5] [NOTE1] the bell tells bob of alice's mention and alice of bob's reply in her thread; each follows it back to the room", async () => {
    const expected = [
      { page: bob.page, kind: "Someone mentioned you (Unread)", title: "General: The paint is here, @Bob" },
      { page: alice.page, kind: "Someone replied to you (Unread)", title: "General: I will bring the brushes" },
    ];
    for (const { page, kind, title } of expected) {
      await page.getByRole("banner").getByRole("link", { name: /^Notifications,/ }).click();
      await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
      const item = page.locator(".notifications-list").getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
      await item.waitFor({ timeout: 30_000 });
      await expect(item.locator(".notification-kind").textContent()).resolves.toBe(kind);
      await item.getByRole("link", { name: title }).click();
      await page.getByRole("heading", { level: 1, name: "General" }).waitFor({ timeout: 15_000 });
    }
  });

  it("[CH7] [CH4.4] alice pins her message and links the proposal; bob sees the pin and the proposal's card", async () => {
    const [a, b] = [alice.page, bob.page];
    await messageAction(a, greeting(a), "Pin");
    await b.getByRole("heading", { name: "Pinned messages" }).waitFor({ timeout: 20_000 });
    await a.getByRole("textbox", { name: "Message" }).fill("Please read the proposal first");
    await chooseOption(a, /Link a proposal/, TITLE);
    await a.getByRole("button", { name: "Send", exact: true }).click();
    await b.getByRole("link", { name: `Proposal: ${TITLE}` }).waitFor({ timeout: 20_000 });
  });

  it("[CH8.1] [CH13] bob writes something rude; alice reports it, appoints herself moderator in the chapter's Roles section (a founder), and sees the report beside the hide", async () => {
    const [a, b] = [alice.page, bob.page];
    await b.getByRole("textbox", { name: "Message" }).fill("You are all fools");
    await b.getByRole("button", { name: "Send", exact: true }).click();
    await rude(a).waitFor({ timeout: 20_000 });
    // [CH13] A member reports a chat message to the room's moderators, with a reason.
    await messageAction(a, rude(a), "Report…");
    const reporting = a.getByRole("dialog", { name: "Report this message" });
    await reporting.getByRole("textbox", { name: "What is wrong (moderators and members will see it)" }).fill("Insults the neighbours");
    await reporting.getByRole("button", { name: "Report", exact: true }).click();
    await reporting.waitFor({ state: "detached", timeout: 20_000 });
    // Not a moderator yet: no report is shown to her.
    await expect(rude(a).getByText(/^Reported once/).count()).resolves.toBe(0);
    // Alice, a founder, appoints herself moderator in the chapter's Roles section (M9.2: no decision needed).
    await a.getByRole("navigation", { name: "You are here" }).getByRole("link", { name: "Riverside Tenants" }).click();
    await openChapterSection(a, "Roles");
    const appoint = a.getByRole("region", { name: "Appoint a member" });
    // A founder's decision is "No decision" already; the member and the role are chosen.
    for (const [label, option] of [[/Member/, "You (Alice)"], [/Role/, "Moderator"]] as const) {
      await appoint.getByRole("button", { name: label }).click({ timeout: 10_000 });
      await a.getByRole("option", { name: option, exact: true }).click({ timeout: 10_000 });
      await a.getByRole("listbox").waitFor({ state: "detached", timeout: 10_000 });
    }
    await appoint.getByRole("button", { name: "Appoint", exact: true }).click();
    await a.getByText("You (Alice) is now Moderator.").waitFor({ timeout: 20_000 });
    await openChapterSection(a, "Chat");
    await a.getByRole("list", { name: "Rooms of Riverside Tenants" }).getByRole("link", { name: "General" }).click();
    await rude(a).waitFor({ timeout: 20_000 });
    await waitFor(
      async () => {
        await rude(a).getByRole("button", { name: "Actions on this message" }).click();
        const found = (await a.getByRole("menuitem", { name: "Hide…" }).count()) > 0;
        await a.keyboard.press("Escape");
        return found;
      },
      "alice may hide",
      { timeoutMs: 20_000 },
    );
    // The moderator sees what was reported and why, beside the hide (CH13.2).
    await rude(a).getByText("Reported once: You (Alice): Insults the neighbours").waitFor({ timeout: 20_000 });
    await expectAccessible(a, "chat room, a reported message");
  });

  it("[CH8.2] the moderator hides it with a reason; bob sees the reason and the message on request; the room in Spanish", async () => {
    const [a, b] = [alice.page, bob.page];
    await messageAction(a, rude(a), "Hide…");
    const dialog = a.getByRole("dialog", { name: "Hide this message" });
    await dialog.getByRole("textbox", { name: "Reason (members will see it)" }).fill("Rude to a neighbour");
    await expectAccessible(a, "hide dialog");
    await dialog.getByRole("button", { name: "Hide", exact: true }).click();
    await rude(b).getByText("Hidden by a moderator (Alice). Reason: Rude to a neighbour").waitFor({ timeout: 20_000 });
    await expect(rude(b).getByText("You are all fools").count()).resolves.toBe(0);
    await rude(b).getByRole("button", { name: "Show anyway" }).click();
    await rude(b).getByText("You are all fools").waitFor();
    await expectAccessible(b, "chat room, hidden message shown");
    await screenshot(b, "chat-room.png");
    // [I18N3] The room in Spanish, nothing left in English.
    await b.evaluate(() => window.__chapterhouseTest!.setLanguage("es"));
    await b.getByRole("heading", { name: "Mensajes fijados" }).waitFor();
    expect(await findUntranslated(b, "es")).toEqual([]);
    await expectAccessible(b, "chat room, Spanish");
    await b.evaluate(() => window.__chapterhouseTest!.setLanguage("en"));
    await b.getByRole("heading", { name: "Pinned messages" }).waitFor();
  });

  it("[CH12] [CH10.3] alice creates a room for invited members with bob; both write and react; alice's flood folds; alice removes bob, who cannot read the next message; the room in Spanish", async () => {
    const [a, b] = [alice.page, bob.page];
    await a.getByRole("navigation", { name: "You are here" }).getByRole("link", { name: "Riverside Tenants" }).click();
    await openChapterSection(a, "Chat");
    const form = a.getByRole("form", { name: "New room" });
    await form.getByRole("textbox", { name: "Room name" }).fill("Treasurers");
    await form.locator("label").filter({ has: a.getByRole("radio", { name: "Invited members only (private)" }) }).click();
    // By keyboard: the picker lists the chapter's members with a key for private messages.
    const choice = form.getByRole("checkbox", { name: "Bob", exact: true });
    await choice.focus();
    await a.keyboard.press("Space");
    await expect(choice.isChecked()).resolves.toBe(true);
    await expectAccessible(a, "new invited room");
    await form.getByRole("button", { name: "Create room" }).click();
    await a.getByRole("heading", { level: 1, name: "Treasurers" }).waitFor({ timeout: 20_000 });
    await a.getByRole("textbox", { name: "Your message" }).fill("The accounts are ready");
    await a.getByRole("button", { name: "Send", exact: true }).click();
    await a.getByText("The accounts are ready").waitFor({ timeout: 20_000 });

    await b.getByRole("navigation", { name: "You are here" }).getByRole("link", { name: "Riverside Tenants" }).click();
    await openChapterSection(b, "Chat");
    const listed = b.getByRole("list", { name: "Rooms of Riverside Tenants" }).getByRole("listitem").filter({ has: b.getByRole("link", { name: "Treasurers" }) });
    await listed.getByText("Invited members only (private)").waitFor({ timeout: 20_000 });
    await listed.getByRole("link", { name: "Treasurers" }).click();
    await b.getByText("The accounts are ready").waitFor({ timeout: 20_000 });
    await b.getByRole("button", { name: "React with 👍" }).click();
    await a.getByRole("button", { name: /^👍 1: Bob/ }).waitFor({ timeout: 20_000 });
    await expectAccessible(b, "invited room");
    await b.evaluate(() => window.__chapterhouseTest!.setLanguage("es"));
    await b.getByRole("heading", { name: "Personas en esta sala" }).waitFor();
    expect(await findUntranslated(b, "es")).toEqual([]);
    await expectAccessible(b, "invited room, Spanish");
    await b.evaluate(() => window.__chapterhouseTest!.setLanguage("en"));

    // [CH10.3] A flood of one member's quick messages folds in a private room's view (as in a conversation's: the same view), every message kept.
    for (let line = 1; line <= 7; line += 1) {
      await a.getByRole("textbox", { name: "Your message" }).fill(`Line ${line} of the accounts`);
      await a.getByRole("button", { name: "Send", exact: true }).click();
      await waitFor(async () => (await a.getByRole("textbox", { name: "Your message" }).inputValue()) === "", "alice's message is sent", { timeoutMs: 20_000 });
    }
    const flood = b.locator("li.chat-flood").filter({ hasText: /^\d+ more messages from Alice/ });
    await flood.waitFor({ timeout: 20_000 });
    await expect(b.getByText("Line 7 of the accounts").count()).resolves.toBe(0);
    await flood.getByRole("button", { name: "Show them" }).click();
    await b.getByText("Line 7 of the accounts").waitFor();

    // [CH12.2] Removing bob starts a new epoch sealed to alice alone: bob's device cannot read what follows.
    const people = a.getByRole("region", { name: "People in this room" });
    await people.getByRole("button", { name: "Remove" }).click();
    await people.getByRole("button", { name: "Remove" }).waitFor({ state: "detached", timeout: 20_000 });
    await a.getByRole("textbox", { name: "Your message" }).fill("Bob has left the treasurers");
    await a.getByRole("button", { name: "Send", exact: true }).click();
    // Sent (the box empties); in alice's own view it may fold into her flood.
    await waitFor(async () => (await a.getByRole("textbox", { name: "Your message" }).inputValue()) === "", "alice's message is sent", { timeoutMs: 20_000 });
    await b.getByText(/can't be read on this device/).waitFor({ timeout: 20_000 });
    await expect(b.getByText("Bob has left the treasurers").count()).resolves.toBe(0);
    await b.getByText("The accounts are ready").waitFor();
  });

  it("no page logged an error", () => {
    expect(problems.flat()).toEqual([]);
  });
});
