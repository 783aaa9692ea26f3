/**
 * The Meetings screen on the desktop (electron/README.md E8), in the emulated desktop shell
 * (desktop-shell.ts: the app protocol with its CSP, the compiled preload, the IPC guards and
 * handlers, the meeting host on the real embedded relay serving the built app): the organiser
 * hosts a meeting from the screen, the page reloads so its CSP admits the meeting's relay, and
 * shows the join address as text and a QR code; a phone on the room's network (an insecure
 * origin, a host name mapped to loopback) opens the address; "Stop meeting" closes the relay.
 */
import { mkdir } from "node:fs/promises";
import { connect } from "node:net";
import { resolve } from "node:path";
import type { HostedMeeting } from "@chapterhouse/crdt/desktop";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/build-app.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { createIdentityInApp } from "../helpers/create-identity-in-app.js";
import { expectAccessible } from "../helpers/expect-accessible.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { startOrganisationInApp } from "../helpers/organisation-in-app.js";
import { screenshotFolder } from "../helpers/screenshot-folder.js";
import { waitFor } from "../helpers/wait-for.js";
import {
  installDesktopPreload,
  serveAppProtocol,
  startDesktopMain,
  type AppProtocolServer,
  type DesktopMain,
} from "./desktop-shell.js";

const screenshots = screenshotFolder();
/** The name a phone on the room's network uses for the host; the test maps it to loopback. */
const MEETING_HOST_NAME = "meeting.test";

describe("the Meetings screen of the desktop app", () => {
  let main: DesktopMain;
  let app: AppProtocolServer;
  let organiser: TestBrowser;
  let phone: TestBrowser;
  let meeting: HostedMeeting;
  let organisation = "";
  let organiserProblems: string[] = [];
  let phoneProblems: string[] = [];

  beforeAll(async () => {
    const rules = [`--host-resolver-rules=MAP ${MEETING_HOST_NAME} 127.0.0.1`];
    const [build, o, p] = await Promise.all([buildApp(), launchBrowser("organiser", rules), launchBrowser("phone", rules)]);
    [organiser, phone] = [o, p];
    main = await startDesktopMain(build);
    app = await serveAppProtocol(build, () => main.policy());
    await installDesktopPreload(organiser.context, main, app);
    [organiserProblems, phoneProblems] = [collectConsoleProblems(organiser.page), collectConsoleProblems(phone.page)];
    await mkdir(screenshots, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await Promise.all([organiser?.close(), phone?.close()]);
    await Promise.all([main?.close(), app?.close()]);
  });

  it("[E8.4] the organiser hosts a meeting from the screen; after the reload its join address shows as text and a QR code, and it syncs the chosen organisation", async () => {
    const { page } = organiser;
    await openApp(page, app.url);
    await createIdentityInApp(page, "Olga", "olga passphrase");
    organisation = await startOrganisationInApp(page, "Riverside Tenants");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Meetings" }).click();
    await page.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
    const form = page.getByRole("form", { name: "Host a meeting" });
    await form.getByLabel("Meeting name").fill("Riverside assembly");
    await form.getByRole("button", { name: /Network/ }).click();
    await expect(page.getByRole("option").allTextContents()).resolves.toEqual(["127.0.0.1 (lo, this computer only)"]);
    await page.keyboard.press("Escape");
    await expectAccessible(page, "meetings (host form)");
    expect(await form.getByLabel("Riverside Tenants").isChecked()).toBe(true);
    const reloaded = page.waitForEvent("load");
    await form.getByRole("button", { name: "Start the meeting" }).click();
    await reloaded;

    const hosted = page.getByTestId("hosted-meeting");
    await hosted.getByRole("heading", { name: "Hosting “Riverside assembly”" }).waitFor({ timeout: 20_000 });
    const status = main.meetings.status();
    if (status.type !== "hosting") throw new Error("the desktop does not host a meeting");
    meeting = status.meeting;
    expect(await hosted.getByLabel("Join address").inputValue()).toBe(meeting.joinUrl);
    expect(meeting.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/join\?token=[A-Za-z0-9_-]{22}$/);
    await hosted.getByRole("img", { name: /QR code of the join address/ }).waitFor();
    expect(main.policy()).toContain(`ws://127.0.0.1:${meeting.port}`);
    expect(main.policy()).not.toContain(meeting.token);
    await hosted.getByTestId("meeting-connection").getByText("Connected to the meeting").waitFor({ timeout: 20_000 });
    // The organisation's name comes with the member's Home document, read after the reload.
    await hosted.getByText("Riverside Tenants").waitFor();
    expect(await hosted.getByText("Riverside Tenants").count()).toBe(1);
    await waitFor(
      () => main.meetingRelay()?.repo.handles[organisation as never]?.isReady() === true,
      "the meeting's relay holds the organisation",
      { timeoutMs: 20_000 },
    );
    await expectAccessible(page, "meetings (hosting)");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(screenshots, "meeting-host.png"), fullPage: true });
  }, 120_000);

  it("[E8.3] a phone on the room's network opens the join address on an insecure origin and connects to the meeting", async () => {
    const { page } = phone;
    const onTheLan = meeting.joinUrl.replace("127.0.0.1", MEETING_HOST_NAME);
    await page.goto(onTheLan);
    await page.getByRole("heading", { level: 1, name: "Join the meeting" }).waitFor();
    expect(await page.evaluate(() => [window.location.origin, window.isSecureContext])).toEqual([`http://${MEETING_HOST_NAME}:${meeting.port}`, false]);
    // The relay's peers: the organiser's page, and now the phone.
    const relay = main.meetingRelay()!;
    await waitFor(() => relay.repo.peers.length === 2, "the phone connects to the meeting's relay", { timeoutMs: 20_000 });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    const entry = page.getByRole("list", { name: "Sync servers" }).getByRole("listitem").filter({ hasText: `ws://${MEETING_HOST_NAME}:${meeting.port}/` });
    await entry.getByText("Connected", { exact: true }).waitFor({ timeout: 20_000 });
    expect(phoneProblems).toEqual([]);
  }, 60_000);

  it("[E8.5] \"Stop meeting\" closes the relay: the address refuses connections and this device no longer lists it", async () => {
    const { page } = organiser;
    await page.getByRole("button", { name: "Stop meeting" }).click();
    await page.getByText("“Riverside assembly” has ended: its address no longer answers.").waitFor();
    expect(main.meetingRelay()).toBeUndefined();
    expect(main.meetings.status().type).toBe("idle");
    await expect(fetch(`http://127.0.0.1:${meeting.port}/`)).rejects.toThrow();
    const refused = await new Promise<string>((done) => {
      const socket = connect(meeting.port, "127.0.0.1", () => {
        socket.destroy();
        done("connected");
      });
      socket.once("error", (error: NodeJS.ErrnoException) => done(error.code ?? String(error)));
    });
    expect(refused).toBe("ECONNREFUSED");
    await page.getByRole("button", { name: "Start the meeting" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("list", { name: "Sync servers" }).waitFor({ state: "detached" }).catch(() => undefined);
    expect(await page.getByText(meeting.relayUrl).count()).toBe(0);
    expect(main.log).toEqual([]);
    // The emulated protocol is http, so the page also asks it for relay.json (W6.5): that 404 is the emulation's.
    expect(app.served.filter((line) => !line.startsWith("200 ") && line !== "404 /relay.json")).toEqual([]);
    expect(organiserProblems.filter((p) => !p.includes("status of 404 (Not Found)"))).toEqual([]);
  }, 60_000);
});
