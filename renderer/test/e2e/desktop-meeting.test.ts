/**
 * A meeting end to end, as far as the app's screens go today (electron/README.md E8): an
 * organiser's desktop, emulated around the real main-process modules (desktop-shell.ts: the
 * app protocol with its CSP, the compiled preload, the IPC guards and handlers, the key vault,
 * signing, the meeting host on the real embedded relay serving the built app), hosts a meeting,
 * starts an organisation on it and makes an invite; a phone opens the meeting's served app on
 * an insecure origin and joins with the invite; the host's relay then holds the phone's signed
 * `admit`. The organiser then drafts a proposal, signs a version and opens a vote on the
 * desktop's screens (signed by its vault); the phone, verifying with tweetnacl as an insecure
 * page must, finds the vote on its chapter page and casts a ballot; the host's relay then holds
 * the phone's signed `ballot`. A laptop in the room joins the same way on the host's loopback
 * address (a second page of the phone's browser, on its own origin: its own storage, its own
 * identity). At the assembly all three check in, speak, vote as the members present and sign the
 * minutes; a member who was not there then joins through a relay mirroring the host and gets the
 * same results, minutes and `chapterhouse verify` report.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { HostedMeeting } from "@chapterhouse/crdt/desktop";
import { isParsed, parseRecord } from "@chapterhouse/crdt/records";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addRelayInSettings } from "../helpers/add-relay-in-settings.js";
import { buildApp } from "../helpers/build-app.js";
import { castBallotInApp } from "../helpers/cast-ballot-in-app.js";
import { chooseOption } from "../helpers/choose-option.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { createIdentityInApp } from "../helpers/create-identity-in-app.js";
import { expectAccessible } from "../helpers/expect-accessible.js";
import { findUntranslated } from "../helpers/find-untranslated.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { screenshotFolder } from "../helpers/screenshot-folder.js";
import { startRelay } from "../helpers/start-relay.js";
import { listedMemberKeys, openChapterSection } from "../helpers/organisation-in-app.js";
import { waitFor } from "../helpers/wait-for.js";
import {
  installDesktopPreload,
  serveAppProtocol,
  startDesktopMain,
  type AppProtocolServer,
  type DesktopMain,
} from "./desktop-shell.js";

/** The name a phone on the room's network uses for the host; the test maps it to loopback. */
const MEETING_HOST_NAME = "meeting.test";

/** A signed record as the meeting's relay holds it. */
interface RelayRecord {
  readonly kind: string;
  readonly signer: string;
  readonly body: unknown;
}

/** The kind, signer and body of every signed record of `kind` the meeting's relay holds, in any document. */
function recordsOnRelay(main: DesktopMain, kind: string): RelayRecord[] {
  const relay = main.meetingRelay();
  if (relay === undefined) return [];
  const found: RelayRecord[] = [];
  for (const handle of Object.values(relay.repo.handles)) {
    if (!handle.isReady()) continue;
    const doc = handle.doc() as Record<string, unknown>;
    for (const map of Object.values(doc)) {
      if (typeof map !== "object" || map === null) continue;
      for (const value of Object.values(map as Record<string, unknown>)) {
        // Records are Automerge ImmutableStrings (`.val`) holding canonical JSON.
        const text = typeof value === "string" ? value : (value as { val?: unknown } | null)?.val;
        if (typeof text !== "string") continue;
        const parsed = parseRecord(text);
        if (isParsed(parsed) && parsed.envelope.kind === kind)
          found.push({ kind, signer: parsed.envelope.signer, body: parsed.envelope.body });
      }
    }
  }
  return found;
}

/** A `datetime-local` value `fromNowMs` from now in the page's own time zone. */
function localTimeIn(page: Page, fromNowMs: number): Promise<string> {
  return page.evaluate((offset) => {
    const d = new Date(Date.now() + offset);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, fromNowMs);
}

const run = promisify(execFile);
/** The built `chapterhouse` command line. */
const cli = resolve(dirname(fileURLToPath(import.meta.url)), "../../../crdt/dist/cli/main.js");

/**
 * `chapterhouse verify`'s report of the proof of the vote on `proposal` (a page hash) as `page`
 * downloads it, saved in `folder`.
 */
async function proofReport(page: Page, proposal: string, folder: string): Promise<string> {
  await page.evaluate((hash) => (window.location.hash = hash), proposal);
  await page.getByRole("heading", { name: "Result", exact: true }).waitFor({ timeout: 30_000 });
  const proof = page.getByRole("button", { name: "Download the vote's proof" });
  // The panel stays open on the page once opened (asked again, the page is the same).
  if (!(await proof.isVisible())) await page.getByRole("button", { name: "How this vote is checked" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), proof.click()]);
  const file = join(folder, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return (await run(process.execPath, [cli, "verify", file])).stdout;
}

/** A report's `records` (V9.2) without those whose id is in `left`; the rest of the report as it is. */
function withoutRecords(report: string, left: ReadonlySet<string>): unknown {
  return { ...(JSON.parse(report) as object), records: recordsOf(report).filter((record) => !left.has(record.id)) };
}

/** A report's `records` (V9.2). */
function recordsOf(report: string): { id: string; kind: string; status: string }[] {
  return (JSON.parse(report) as { records: { id: string; kind: string; status: string }[] }).records;
}

/** The title of the proposal put to the vote at the meeting. */
const PROPOSAL = "Fix the stairwell lights";

describe("a meeting hosted by the desktop, joined by a phone on the room's network", () => {
  let main: DesktopMain;
  let app: AppProtocolServer;
  let organiser: TestBrowser;
  let phone: TestBrowser;
  /** The laptop's page: in the phone's browser, on the host's loopback address (another origin, so another device's storage). */
  let laptop: Page;
  let meeting: HostedMeeting;
  let organiserKey = "";
  let phoneKey = "";
  let laptopKey = "";
  let invite = "";
  let organiserProblems: string[] = [];
  let phoneProblems: string[] = [];
  let laptopProblems: string[] = [];
  let build = "";
  let minutesMarkdown = "";
  /** The proposal's page (its hash), where the vote of the members present is. */
  let proposalHash = "";
  /** `chapterhouse verify`'s report of that vote's proof, as the devices in the room downloaded it. */
  let roomReport = "";

  beforeAll(async () => {
    const rules = [`--host-resolver-rules=MAP ${MEETING_HOST_NAME} 127.0.0.1`];
    const [built, o, p] = await Promise.all([
      buildApp(),
      launchBrowser("organiser", rules),
      launchBrowser("phone", rules),
    ]);
    [organiser, phone] = [o, p];
    build = built;
    main = await startDesktopMain(build);
    app = await serveAppProtocol(build, () => main.policy());
    await installDesktopPreload(organiser.context, main, app);
    laptop = await phone.context.newPage();
    [organiserProblems, phoneProblems, laptopProblems] = [
      collectConsoleProblems(organiser.page),
      collectConsoleProblems(phone.page),
      collectConsoleProblems(laptop),
    ];
  }, 240_000);

  afterAll(async () => {
    await Promise.all([organiser?.close(), phone?.close()]);
    await Promise.all([main?.close(), app?.close()]);
  });

  it("[E8.4] the organiser's desktop hosts a meeting through its bridge; after a reload the page may reach its relay and invites point at it", async () => {
    const { page } = organiser;
    await openApp(page, app.url);
    expect(await page.evaluate(() => typeof window.chapterhouse?.hostMeeting)).toBe("function");
    const hosted = await page.evaluate(() =>
      window.chapterhouse!.hostMeeting({ name: "Assembly", address: "127.0.0.1" }),
    );
    expect(hosted.type).toBe("hosting");
    meeting = hosted.meeting;
    expect(main.policy()).toContain(`ws://127.0.0.1:${meeting.port}`);
    expect(main.policy()).not.toContain(meeting.token);
    await openApp(page, app.url);
    await addRelayInSettings(page, meeting.relayUrl);
  });

  it("[E6.11] the organiser creates an identity kept by the desktop's vault, starts an organisation on the meeting and makes an invite", async () => {
    const { page } = organiser;
    await page.getByRole("link", { name: "Home" }).click();
    await createIdentityInApp(page, "Olga", "olga passphrase");
    await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
    organiserKey = (await page.evaluate(() => window.__chapterhouseTest!.memberKey())) ?? "";
    expect(await main.vault.status()).toMatchObject({
      type: "unlocked",
      name: "Olga",
      publicKey: organiserKey,
    });

    await page.getByRole("link", { name: "Start an organisation" }).click();
    await page.getByLabel("Name of the organisation").fill("Riverside Tenants");
    await page.getByRole("button", { name: "Start organisation" }).click();
    await page.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
    await openChapterSection(page, "Members");
    await page.getByRole("textbox", { name: "Uses" }).fill("5");
    await page.getByRole("textbox", { name: "Valid for (days)" }).fill("7");
    await page.getByRole("button", { name: "Create invite link" }).click();
    const link = page.getByTestId("invite-link").getByLabel("Invite link");
    await link.waitFor();
    invite = await link.inputValue();
    // The desktop platform's app address is the meeting's web server, not its own scheme.
    expect(invite.startsWith(`http://127.0.0.1:${meeting.port}/#/join?`)).toBe(true);
    expect(new URLSearchParams(invite.slice(invite.indexOf("?") + 1)).get("r")).toBe(meeting.relayUrl);
    await waitFor(
      () => recordsOnRelay(main, "genesis").some((r) => r.signer === organiserKey),
      "the organisation's genesis on the meeting's relay",
      { timeoutMs: 20_000 },
    );
  }, 60_000);

  it("[E8.3] the phone opens the meeting's served app on an insecure origin and joins with the invite; the host's relay holds its admit", async () => {
    const { page } = phone;
    // The phone reaches the host by its address on the room's network (here a name for loopback).
    const onTheLan = invite.replaceAll("127.0.0.1", MEETING_HOST_NAME);
    await page.goto(onTheLan);
    await page.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    expect(await page.evaluate(() => [window.location.origin, window.isSecureContext])).toEqual([
      `http://${MEETING_HOST_NAME}:${meeting.port}`,
      false,
    ]);
    await createIdentityInApp(page, "Pat", "pat passphrase");
    await page.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    phoneKey = (await page.evaluate(() => window.__chapterhouseTest!.memberKey())) ?? "";
    expect(phoneKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await page.getByRole("button", { name: "Join", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor({ timeout: 30_000 });

    await waitFor(
      () => recordsOnRelay(main, "admit").some((r) => r.signer === phoneKey),
      "the phone's admit on the meeting's relay",
      { timeoutMs: 20_000 },
    );
    await waitFor(
      async () => (await listedMemberKeys(organiser.page, "Members of Riverside Tenants")).length === 2,
      "the organiser's desktop sees the phone join",
      { timeoutMs: 20_000 },
    );
    expect(await listedMemberKeys(organiser.page, "Members of Riverside Tenants")).toEqual(
      [organiserKey, phoneKey].sort(),
    );
  }, 90_000);

  it("[E8.3] a laptop in the room opens the meeting's served app on the host's address and joins with the same invite: three members", async () => {
    await laptop.goto(invite);
    await laptop.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    expect(await laptop.evaluate(() => window.location.origin)).toBe(`http://127.0.0.1:${meeting.port}`);
    await createIdentityInApp(laptop, "Lee", "lee passphrase");
    await laptop.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
    laptopKey = (await laptop.evaluate(() => window.__chapterhouseTest!.memberKey())) ?? "";
    expect(laptopKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(laptopKey).not.toBe(phoneKey);
    await laptop.getByRole("button", { name: "Join", exact: true }).click();
    await laptop.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor({ timeout: 30_000 });
    await waitFor(
      async () => (await listedMemberKeys(organiser.page, "Members of Riverside Tenants")).length === 3,
      "the organiser's desktop sees the laptop join",
      { timeoutMs: 20_000 },
    );
    expect(await listedMemberKeys(organiser.page, "Members of Riverside Tenants")).toEqual(
      [organiserKey, phoneKey, laptopKey].sort(),
    );
  }, 90_000);

  it("[E8.3] [V4.4] the organiser opens a majority vote on the desktop's screens; the phone, verifying with tweetnacl, casts a ballot the host's relay then holds", async () => {
    const o = organiser.page;
    await openChapterSection(o, "Proposals & votes");
    await o.getByRole("link", { name: "Start a proposal" }).click();
    await o.getByLabel("Title").fill(PROPOSAL);
    await o.getByLabel("First draft").fill("The chapter pays for new stairwell lights.");
    await o.getByRole("button", { name: "Start proposal" }).click();
    await o.getByRole("heading", { level: 1, name: PROPOSAL }).waitFor({ timeout: 20_000 });
    await o.getByRole("button", { name: "Publish version 1" }).click();
    await o.getByRole("dialog", { name: "Publish version 1" }).getByRole("button", { name: "Publish version 1" }).click();
    await o.getByText("Version 1 is published.").waitFor({ timeout: 20_000 });
    await o.getByRole("tab", { name: "Vote" }).click();
    const open = o.getByRole("button", { name: "Open a vote" });
    await open.waitFor({ timeout: 30_000 });
    await open.click();
    const form = o.getByRole("form", { name: "Open a vote" });
    // The kit's radio input is visually hidden: a pointer chooses it by its label.
    await form.locator("label").filter({ has: o.getByRole("radio", { name: /^Majority/ }) }).click();
    await expect(form.getByTestId("electorate-members").textContent()).resolves.toBe("3");
    // Soon, yet well after the ballot: the vote is still open when the phone casts.
    await form.getByLabel("Voting closes at").fill(await localTimeIn(o, 10 * 60_000));
    await form.getByLabel("Final at").fill(await localTimeIn(o, 15 * 60_000));
    await form.getByRole("button", { name: "Open the vote" }).click();
    await o.getByTestId("vote-state").getByText(/Voting is open until/).waitFor({ timeout: 20_000 });
    await waitFor(
      () => recordsOnRelay(main, "open").some((r) => r.signer === organiserKey),
      "the organiser's open on the meeting's relay",
      { timeoutMs: 20_000 },
    );

    const p = phone.page;
    // The phone is on the chapter page it joined; the proposal arrives there through the meeting.
    await openChapterSection(p, "Proposals & votes");
    const listed = p.getByRole("list", { name: "Proposals of Riverside Tenants" }).getByRole("link", { name: PROPOSAL });
    await listed.waitFor({ timeout: 30_000 });
    await listed.click();
    await p.getByRole("heading", { level: 1, name: PROPOSAL }).waitFor({ timeout: 30_000 });
    await p.getByRole("tab", { name: "Vote" }).click();
    await p.getByText("Your ballot is public and permanent.").waitFor({ timeout: 30_000 });
    await castBallotInApp(p, /^For(\s|$)/);

    const cast = await waitFor(
      () => recordsOnRelay(main, "ballot").find((r) => r.signer === phoneKey),
      "the phone's ballot on the meeting's relay",
      { timeoutMs: 20_000 },
    );
    expect(cast.body).toMatchObject({ choice: "for", seq: 1 });
    // The desktop reads the ballot back from the meeting and counts it.
    await waitFor(
      async () => (await o.locator(".vote-section .turnout").textContent())?.includes("1 of 3 members") === true,
      "the organiser's live tally counts the phone's ballot",
      { timeoutMs: 30_000 },
    );

    // The phone checked every signature with tweetnacl: an insecure page has no WebCrypto.
    await p.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await expect(
      p.getByTestId("verifier-backend").filter({ hasNotText: "…" }).textContent(),
    ).resolves.toBe("tweetnacl (fallback)");
  }, 120_000);

  it("[AS2] [AS4.1] [AS4.4] [AS5.1] [AS5.2] [AS6.2] [AS6.3] the organiser holds an event at the meeting host as an assembly; the phone and the laptop check in through the host and the quorum turns met; the phone asks for the floor, the chair gives it and ends it; the projector shows the item and its open vote", async () => {
    const o = organiser.page;
    const toChapter = async (page: Page) => {
      await page.getByRole("treegrid", { name: "Your organisations" }).getByRole("link", { name: "Riverside Tenants" }).first().click();
      await page.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
      await openChapterSection(page, "Events");
    };
    await toChapter(o);
    await o.getByRole("button", { name: "New event" }).click();
    const dialog = o.getByRole("dialog", { name: "New event in Riverside Tenants" });
    await dialog.getByRole("textbox", { name: "Title" }).fill("Spring assembly");
    await dialog.locator("label").filter({ has: o.getByRole("radio", { name: "At the meeting host" }) }).click();
    await dialog.getByLabel("Starts").fill("2030-06-15T18:00");
    await dialog.getByLabel("Ends").fill("2030-06-15T21:00");
    await dialog.getByRole("button", { name: "Create the event" }).click();
    await o.getByRole("heading", { level: 1, name: "Spring assembly" }).waitFor({ timeout: 20_000 });
    await o.getByRole("button", { name: "Hold as an assembly" }).click();
    await o.getByRole("link", { name: "Open assembly 1" }).click({ timeout: 20_000 });
    await o.getByRole("heading", { level: 1, name: "Assembly: Spring assembly" }).waitFor({ timeout: 20_000 });
    // Half of the three members must be in the room (two); nobody is yet.
    await o.getByRole("status").getByText("Quorum not met").waitFor({ timeout: 20_000 });
    const assembly = await o.evaluate(() => window.location.hash);
    const presence = o.locator(".assembly-presence");
    await o.getByRole("textbox", { name: "Title" }).fill("Stairwell lights");
    await o.getByRole("button", { name: "Add to the agenda" }).click();
    await o.getByRole("button", { name: "Make current" }).click({ timeout: 20_000 });
    await o.getByRole("heading", { level: 2, name: "Speakers: Stairwell lights" }).waitFor({ timeout: 20_000 });
    // [AS4.1] The item takes up the vote opened at the meeting.
    await chooseOption(o, /Link a vote to Stairwell lights/, PROPOSAL);
    await o.getByRole("button", { name: "Link", exact: true }).click();
    await o.getByRole("list", { name: "Votes on this item" }).getByRole("link", { name: PROPOSAL, exact: true }).waitFor({ timeout: 20_000 });
    await expectAccessible(o, "an assembly");

    const p = phone.page;
    await toChapter(p);
    await p.getByRole("link", { name: "Spring assembly" }).first().click({ timeout: 30_000 });
    await p.getByRole("link", { name: "Open assembly 1" }).click({ timeout: 30_000 });
    await p.getByRole("heading", { level: 1, name: "Assembly: Spring assembly" }).waitFor({ timeout: 30_000 });
    // The rest on the phone's own width: nothing wider than the screen.
    await p.setViewportSize({ width: 390, height: 844 });
    await p.getByText("You are not checked in.").waitFor({ timeout: 30_000 });
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await p.getByRole("button", { name: "Check in" }).click();
    await p.getByText("You are checked in.").waitFor({ timeout: 20_000 });
    await waitFor(() => recordsOnRelay(main, "check-in").some((r) => r.signer === phoneKey), "the phone's check-in on the meeting's relay", { timeoutMs: 20_000 });
    // One of three: not yet.
    await presence.getByText("1 of 3 members").waitFor({ timeout: 30_000 });
    await expect(presence.getByRole("status").textContent()).resolves.toBe("Quorum not met");

    await laptop.evaluate((hash) => (window.location.hash = hash), assembly);
    await laptop.getByRole("heading", { level: 1, name: "Assembly: Spring assembly" }).waitFor({ timeout: 30_000 });
    await laptop.getByText("You are not checked in.").waitFor({ timeout: 30_000 });
    await laptop.getByRole("button", { name: "Check in" }).click();
    await laptop.getByText("You are checked in.").waitFor({ timeout: 20_000 });
    await waitFor(() => recordsOnRelay(main, "check-in").some((r) => r.signer === laptopKey), "the laptop's check-in on the meeting's relay", { timeoutMs: 20_000 });
    await presence.getByText("2 of 3 members").waitFor({ timeout: 30_000 });
    await presence.getByRole("status").getByText("Quorum met").waitFor({ timeout: 30_000 });
    await o.getByRole("list", { name: "2 members in the room" }).getByText("Lee").waitFor({ timeout: 20_000 });

    await p.getByRole("heading", { level: 2, name: "Speakers: Stairwell lights" }).waitFor({ timeout: 30_000 });
    await chooseOption(p, /Ask for the floor as/, "For");
    await p.getByRole("button", { name: "Ask for the floor", exact: true }).click();
    await o.getByRole("button", { name: "Give the floor" }).click({ timeout: 30_000 });
    await o.getByRole("button", { name: "End speech" }).click({ timeout: 20_000 });
    await o.getByRole("table", { name: "Time on the floor, per member" }).waitFor({ timeout: 20_000 });
    await o.setViewportSize({ width: 1100, height: 1150 });
    await o.getByRole("heading", { level: 1, name: "Assembly: Spring assembly" }).scrollIntoViewIfNeeded();
    await o.screenshot({ path: resolve(screenshotFolder(), "assembly.png") });
    await o.setViewportSize({ width: 1100, height: 720 });
    await p.getByRole("heading", { level: 3, name: "Spoken" }).waitFor({ timeout: 30_000 });
    await expectAccessible(p, "an assembly on a phone");

    await o.getByRole("link", { name: "Projector view" }).click();
    await o.getByRole("heading", { level: 2, name: "1. Stairwell lights" }).waitFor({ timeout: 20_000 });
    await o.getByRole("list", { name: "Votes on this item" }).getByText("Voting open").waitFor({ timeout: 20_000 });
    await o.screenshot({ path: resolve(screenshotFolder(), "projector.png") });
    await expectAccessible(o, "the projector view");

    // [I18N3] The phone's assembly screen in Spanish.
    await p.setViewportSize({ width: 1100, height: 720 });
    await p.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await chooseOption(p, /Language/, "Español");
    await p.evaluate((hash) => (window.location.hash = hash), assembly);
    await p.getByRole("heading", { level: 1, name: "Asamblea: Spring assembly" }).waitFor({ timeout: 20_000 });
    await p.getByText("Has registrado tu entrada.").waitFor({ timeout: 20_000 });
    expect(await findUntranslated(p, "es")).toEqual([]);
    await expectAccessible(p, "una asamblea");
    await p.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Ajustes" }).click();
    await chooseOption(p, /Idioma/, "English");
    await p.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  }, 180_000);

  it("[AS8.5] [AS8.6] [AS8.7] [AS8.9] the chair opens a vote of the members present from the assembly; the desktop, the phone and the laptop cast; the projector shows the ballots received, then the result and the room; `chapterhouse verify` gives the same report of both devices' proofs", async () => {
    const o = organiser.page;
    const p = phone.page;
    // All three in the room: the organiser checks in on the desktop (the phone and the laptop checked in above).
    await o.getByRole("link", { name: "Back to the assembly" }).click();
    await o.getByRole("heading", { level: 1, name: "Assembly: Spring assembly" }).waitFor({ timeout: 20_000 });
    await o.getByRole("button", { name: "Check in", exact: true }).click();
    await o.getByText("You are checked in.").waitFor({ timeout: 20_000 });
    const assembly = await o.evaluate(() => window.location.hash);

    // The one vote flow, from the item: "present members" is offered and chosen.
    await o.getByRole("link", { name: `Vote again on ${PROPOSAL} with the members present` }).click();
    await o.getByRole("heading", { level: 1, name: PROPOSAL }).waitFor({ timeout: 20_000 });
    await o.getByRole("button", { name: "Open a new vote on this proposal" }).click({ timeout: 30_000 });
    const form = o.getByRole("form", { name: "Open a vote" });
    await expect(form.getByRole("checkbox", { name: "Only the members present at the assembly vote" }).isChecked()).resolves.toBe(true);
    await form.locator("label").filter({ has: o.getByRole("radio", { name: /^Majority/ }) }).click();
    const closesAt = Date.now() + 75_000;
    await form.getByLabel("Voting closes at").fill(await localTimeIn(o, 75_000));
    await form.getByLabel("Final at").fill(await localTimeIn(o, 10 * 60_000));
    const replaced = await o.locator(".vote-section").getAttribute("data-open");
    await form.getByRole("button", { name: "Open the vote" }).click();
    // The vote it replaces is open too: the chair casts once the page shows the new one (CI cast on the old).
    await o.locator(`.vote-section[data-status="valid"]:not([data-open="${replaced}"])`).getByTestId("vote-state").getByText(/Voting is open until/).waitFor({ timeout: 30_000 });
    const opened = await waitFor(
      () => recordsOnRelay(main, "open").find((r) => (r.body as { present?: unknown }).present !== undefined),
      "the open of the members present on the meeting's relay",
      { timeoutMs: 20_000 },
    );
    expect((opened.body as { present: { sets: unknown[] } }).present.sets).toHaveLength(1);
    expect(recordsOnRelay(main, "attendance-set")).toHaveLength(1);
    const castHere = async (page: Page) => {
      await page.getByText("Your ballot is public and permanent.").waitFor({ timeout: 30_000 });
      await castBallotInApp(page, /^For(\s|$)/);
    };
    await castHere(o);
    const proposal = await o.evaluate(() => window.location.hash.replace(/\?.*$/, ""));
    proposalHash = proposal;
    for (const page of [p, laptop]) {
      await page.evaluate((hash) => (window.location.hash = hash), proposal);
      await page.getByRole("heading", { level: 1, name: PROPOSAL }).waitFor({ timeout: 30_000 });
      await castHere(page);
    }

    // The item takes up the new vote; the projector counts its ballots, never its result.
    await o.evaluate((hash) => (window.location.hash = hash), assembly);
    await chooseOption(o, /Link a vote to Stairwell lights/, PROPOSAL);
    await o.getByRole("button", { name: "Link", exact: true }).click();
    await o.getByRole("link", { name: "Projector view" }).click();
    await o.getByTestId("vote-progress").getByText("3 ballots received").waitFor({ timeout: 30_000 });
    expect(await o.getByTestId("vote-progress").textContent()).not.toMatch(/Passed|Rejected/);

    await o.evaluate((hash) => (window.location.hash = hash), proposal);
    const close = o.getByRole("button", { name: "Close the vote and seal the result" });
    await close.waitFor({ timeout: Math.max(5_000, closesAt - Date.now() + 20_000) });
    await close.click();
    await o.getByRole("heading", { name: "Result", exact: true }).waitFor({ timeout: 30_000 });
    const sealed = await waitFor(() => recordsOnRelay(main, "close").find((r) => (r.body as { presence?: unknown }).presence !== undefined), "the close recording the room", { timeoutMs: 20_000 });
    expect((sealed.body as { presence: unknown }).presence).toEqual({ members: 3, weight: 3, electorate: { members: 3, weight: 3 }, quorum: { num: 1, den: 2 }, needed: 2, met: true });

    await o.evaluate((hash) => (window.location.hash = hash), assembly);
    await o.getByRole("link", { name: "Projector view" }).click();
    const shown = o.getByTestId("vote-progress");
    await shown.getByText("Voted by the members present: 3 of 3 members were in the room; the assembly's quorum was met.").waitFor({ timeout: 30_000 });
    await expect(shown.textContent()).resolves.toMatch(/Passed/);
    await expectAccessible(o, "the projector view with a closed vote");

    // The proof from each device, checked by `chapterhouse verify`: one report, byte for byte.
    const folder = await mkdtemp(join(tmpdir(), "chapterhouse-present-"));
    try {
      const reports: string[] = [];
      for (const page of [o, p, laptop]) reports.push(await proofReport(page, proposal, folder));
      expect(reports[1]).toBe(reports[0]);
      expect(reports[2]).toBe(reports[0]);
      roomReport = reports[0]!;
      const report = JSON.parse(roomReport) as { verified: boolean; present?: { members: number; met: boolean } };
      expect(report.verified).toBe(true);
      expect(report.present).toMatchObject({ members: 3, met: true });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    // Back where the next step starts: the projector, a link away from the assembly.
    await o.evaluate((hash) => (window.location.hash = hash), assembly);
    await o.getByRole("link", { name: "Projector view" }).click();
    await o.getByRole("link", { name: "Back to the assembly" }).waitFor({ timeout: 20_000 });
  }, 300_000);

  it("[AS9.1] [AS9.3] [AS10.1] [AS10.3] [AS10.5] [AS10.6] the chair enters a show of hands with herself and the phone as tellers, unconfirmed until both sign; she names the phone secretary; the minutes are signed by both and downloaded as Markdown", async () => {
    const o = organiser.page;
    const p = phone.page;
    await o.getByRole("link", { name: "Back to the assembly" }).click();
    await o.getByRole("heading", { level: 1, name: "Assembly: Spring assembly" }).waitFor({ timeout: 20_000 });
    const assembly = await o.evaluate(() => window.location.hash);
    const form = o.locator("form").filter({ has: o.getByRole("heading", { name: "Enter a vote taken on paper or by hands" }) });
    await form.getByRole("textbox", { name: "What was put to the vote" }).fill("Ask the landlord first?");
    await form.getByRole("textbox", { name: "Votes for option 1" }).fill("2");
    await chooseOption(o, /First teller/, "You (Olga)");
    await chooseOption(o, /Second teller/, "Pat");
    await form.getByRole("button", { name: "Enter the result" }).click();
    const result = (page: Page) => page.getByRole("article", { name: "Ask the landlord first?" });
    await result(o).getByText("Decided: For").waitFor({ timeout: 20_000 });
    await result(o).getByRole("button", { name: "Sign this count as teller" }).click();
    await result(o).getByText("signed the same count").waitFor({ timeout: 20_000 });
    // [AS9.3] One teller's signature: still unconfirmed.
    await expect(result(o).getByRole("status").textContent()).resolves.toContain("Unconfirmed");

    await p.evaluate((hash) => (window.location.hash = hash), assembly);
    await p.setViewportSize({ width: 390, height: 844 });
    await result(p).getByRole("button", { name: "Sign this count as teller" }).click({ timeout: 30_000 });
    await result(o).getByText("Confirmed by both tellers").waitFor({ timeout: 30_000 });
    await result(p).getByText("Confirmed by both tellers").waitFor({ timeout: 30_000 });
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(p, "a confirmed paper result on a phone");

    await o.getByRole("link", { name: "Minutes" }).click();
    await o.getByRole("heading", { level: 1, name: "Minutes: Spring assembly" }).waitFor({ timeout: 20_000 });
    await chooseOption(o, /Secretary of this assembly/, "Pat");
    await o.getByRole("button", { name: "Name the secretary" }).click();
    await o.getByRole("textbox", { name: /Chair's notes/ }).fill("The landlord will be asked first.");
    await o.getByRole("button", { name: "Save the notes" }).click();
    const minutes = (page: Page) => page.getByRole("article", { name: "Minutes: Spring assembly" });
    await minutes(o).getByText("The landlord will be asked first.").waitFor({ timeout: 20_000 });
    await expectAccessible(o, "the minutes");

    await p.evaluate((hash) => (window.location.hash = `${hash}/minutes`), assembly);
    await p.getByRole("heading", { level: 1, name: "Minutes: Spring assembly" }).waitFor({ timeout: 30_000 });
    await minutes(p).getByText("The landlord will be asked first.").waitFor({ timeout: 30_000 });
    await p.getByRole("button", { name: "Sign the minutes as secretary" }).click();
    await minutes(o).getByText(/Secretary: signed by Pat/).waitFor({ timeout: 30_000 });
    // [AS10.5] The secretary's signature alone does not sign the minutes.
    await o.getByRole("status").getByText("Not signed yet").waitFor({ timeout: 5_000 });
    await o.getByRole("button", { name: "Sign the minutes as chair" }).click();
    await o.getByRole("status").getByText("Signed by the chair and the secretary").waitFor({ timeout: 20_000 });
    await p.getByRole("status").getByText("Signed by the chair and the secretary").waitFor({ timeout: 30_000 });
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(p, "the minutes on a phone");
    await o.setViewportSize({ width: 1100, height: 1400 });
    await o.getByRole("heading", { level: 1, name: "Minutes: Spring assembly" }).scrollIntoViewIfNeeded();
    await o.screenshot({ path: resolve(screenshotFolder(), "minutes.png") });
    await o.setViewportSize({ width: 1100, height: 720 });

    const [download] = await Promise.all([o.waitForEvent("download"), o.getByRole("button", { name: "Download as Markdown" }).click()]);
    expect(download.suggestedFilename()).toBe("spring-assembly-minutes.md");
    const markdown = await readFile(await download.path(), "utf8");
    minutesMarkdown = markdown;
    expect(markdown.startsWith("# Minutes: Spring assembly\n")).toBe(true);
    expect(markdown).toContain("Secretary: Pat");
    expect(markdown).toMatch(/: Pat checked in\n/);
    expect(markdown).toContain("1. Stairwell lights — taken up at");
    expect(markdown).toContain("**Ask the landlord first? (By show of hands, item: Stairwell lights)**");
    expect(markdown).toMatch(/: Olga checked in\n/);
    expect(markdown).toMatch(/: Lee checked in\n/);
    // All three checked in by now (the vote of the members present above): the chair's form took the room as it was.
    expect(markdown).toContain("For 2, Against 0; abstentions: 0; present: 3 of 3");
    // Tellers are listed by key, so in either order.
    expect(markdown).toMatch(/Decided: For · Confirmed by both tellers · tellers: (Olga and Pat|Pat and Olga)\n/);
    expect(markdown).toMatch(/- Pat \(For\): \d+:\d\d/);
    expect(markdown).toContain("### Chair's notes\n\nThe landlord will be asked first.");
    expect(markdown).toContain("- Secretary: signed by Pat");
    expect(markdown).toContain("\nSigned by the chair and the secretary\n");
    // [AS10.3] The relay holds both signatures of one digest.
    const signatures = recordsOnRelay(main, "minutes-sign").map((r) => r.body as { as: string; digest: string });
    expect(new Set(signatures.map((s) => s.as))).toEqual(new Set(["chair", "secretary"]));
    expect(new Set(signatures.map((s) => s.digest)).size).toBe(1);

    // [I18N3] The minutes in Spanish on the phone.
    await p.setViewportSize({ width: 1100, height: 720 });
    await p.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await chooseOption(p, /Language/, "Español");
    await p.evaluate((hash) => (window.location.hash = `${hash}/minutes`), assembly);
    await p.getByRole("heading", { level: 1, name: "Acta: Spring assembly" }).waitFor({ timeout: 20_000 });
    await p.getByRole("status").getByText("Firmada por la presidencia y la secretaría").waitFor({ timeout: 20_000 });
    expect(await findUntranslated(p, "es")).toEqual([]);
    await expectAccessible(p, "el acta");
    await p.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Ajustes" }).click();
    await chooseOption(p, /Idioma/, "English");
    await p.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  }, 180_000);

  it("[AS9.3] [AS10.5] [W7] a relay mirrors the meeting host; a member who was not there joins through it and sees the same confirmed result and the same signed minutes, and the vote's proof gives the room's `chapterhouse verify` report", async () => {
    const relay = await startRelay({ web: build, peers: [meeting.relayUrl] });
    const absent = await launchBrowser("absent");
    const problems = collectConsoleProblems(absent.page);
    try {
      const a = absent.page;
      const params = new URLSearchParams(invite.slice(invite.indexOf("?") + 1));
      params.set("r", relay.url);
      await a.goto(`http://127.0.0.1:${relay.port}/#/join?${params.toString()}`);
      await a.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor({ timeout: 30_000 });
      await createIdentityInApp(a, "Ana", "ana passphrase");
      await a.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
      await a.getByRole("button", { name: "Join", exact: true }).click({ timeout: 30_000 });
      await a.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor({ timeout: 30_000 });
      await openChapterSection(a, "Events");
      await a.getByRole("link", { name: "Spring assembly" }).first().click({ timeout: 30_000 });
      await a.getByRole("link", { name: "Open assembly 1" }).click({ timeout: 30_000 });
      await a.getByRole("heading", { level: 1, name: "Assembly: Spring assembly" }).waitFor({ timeout: 30_000 });
      await a.getByRole("article", { name: "Ask the landlord first?" }).getByText("Confirmed by both tellers").waitFor({ timeout: 30_000 });
      await a.getByRole("link", { name: "Minutes" }).click();
      await a.getByRole("status").getByText("Signed by the chair and the secretary").waitFor({ timeout: 30_000 });
      const [download] = await Promise.all([a.waitForEvent("download"), a.getByRole("button", { name: "Download as Markdown" }).click()]);
      // The same records give the same minutes on a device that was not in the room (AS10.4).
      expect(await readFile(await download.path(), "utf8")).toBe(minutesMarkdown);

      // [AS8.9] [V10.2] The vote of the members present, checked from the proof this device downloads.
      const folder = await mkdtemp(join(tmpdir(), "chapterhouse-absent-"));
      try {
        const absentReport = await proofReport(a, proposalHash, folder);
        expect(roomReport).not.toBe("");
        // A bundle holds the chapter's `governance` whole (V10.2): this device also holds its own joining,
        // after the vote; listed as valid records, it changes nothing else of the room's report.
        const joined = recordsOf(absentReport).filter((record) => !recordsOf(roomReport).some((held) => held.id === record.id));
        expect(joined.map((record) => `${record.kind} ${record.status}`).sort()).toEqual(["admit valid", "redeem valid"]);
        expect(withoutRecords(absentReport, new Set(joined.map((record) => record.id)))).toEqual(JSON.parse(roomReport));
        // Once the organiser's desktop holds that joining too (through the host the relay mirrors), its proof gives the same report, byte for byte.
        const o = organiser.page;
        await o.getByRole("treegrid", { name: "Your organisations" }).getByRole("link", { name: "Riverside Tenants" }).first().click();
        await o.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
        await waitFor(async () => (await listedMemberKeys(o, "Members of Riverside Tenants")).length === 4, "the organiser's desktop sees the absent member join", { timeoutMs: 60_000, intervalMs: 500 });
        expect(await proofReport(o, proposalHash, folder)).toBe(absentReport);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
      expect(problems).toEqual([]);
    } finally {
      await absent.close();
      await relay.close();
    }
  }, 180_000);

  it("[E8.5] stopping the meeting through the bridge closes its relay; no bridge call was refused and no page logged an error", async () => {
    const stopped = await organiser.page.evaluate(() => window.chapterhouse!.stopMeeting());
    expect(stopped).toEqual({ type: "stopped" });
    expect(main.meetingRelay()).toBeUndefined();
    await expect(fetch(`http://127.0.0.1:${meeting.port}/`)).rejects.toThrow();
    expect(main.log).toEqual([]);
    expect(phoneProblems).toEqual([]);
    expect(laptopProblems).toEqual([]);
    // The emulated protocol is http, so the page also asks it for relay.json (W6.5), which a
    // page on the desktop's own scheme never does: that 404 is the emulation's.
    expect(app.served.filter((line) => !line.startsWith("200 ") && line !== "404 /relay.json")).toEqual([]);
    expect(organiserProblems.filter((p) => !p.includes("status of 404 (Not Found)"))).toEqual([]);
  });
});
