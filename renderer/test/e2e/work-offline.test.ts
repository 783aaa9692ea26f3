import { resolve } from "node:path";
import type { AutomergeUrl, DocumentId } from "@automerge/automerge-repo";
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addRelayInSettings } from "../helpers/add-relay-in-settings.js";
import { buildApp } from "../helpers/build-app.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { screenshotFolder } from "../helpers/screenshot-folder.js";
import { serveApp, type ServedApp } from "../helpers/serve-app.js";
import { startRelay, type TestRelay } from "../helpers/start-relay.js";
import { waitFor } from "../helpers/wait-for.js";

const screenshots = screenshotFolder();
const idOf = (url: string) => url.replace(/^automerge:/, "") as DocumentId;
const hasText = (locator: Locator, text: string) => async () => (await locator.textContent()) === text;

describe("the work-offline switch", () => {
  let app: ServedApp;
  let relay: TestRelay;
  let bob: TestBrowser;
  let problems: string[];
  let url: AutomergeUrl;
  let untouchedUrl: AutomergeUrl;
  const status = () => bob.page.getByRole("region", { name: "Sync status" });

  beforeAll(async () => {
    [app, relay, bob] = await Promise.all([
      buildApp().then((dir) => serveApp(dir)),
      startRelay(),
      launchBrowser("bob"),
    ]);
    problems = collectConsoleProblems(bob.page);
    await openApp(bob.page, app.url);
    await addRelayInSettings(bob.page, relay.url);
    url = await bob.page.evaluate(
      (r) => window.__chapterhouseTest!.createDocument(r, { vote: "for" }),
      relay.url,
    );
    untouchedUrl = await bob.page.evaluate(
      (r) => window.__chapterhouseTest!.createDocument(r, { note: "shared before going offline" }),
      relay.url,
    );
    await waitFor(() => relay.documentValue(idOf(url))?.vote === "for", "the relay holds bob's document");
    await waitFor(
      hasText(status().getByTestId("unshared-changes"), "0"),
      "both documents acknowledged by the relay",
    );
  });

  afterAll(async () => {
    await bob?.close();
    await Promise.all([relay?.close(), app?.close()]);
  });

  it("closes the WebSocket: the relay sees the connection end and the status says offline", async () => {
    expect(await relay.openConnections()).toBe(1);
    const closedBefore = await relay.closedConnections();
    await status().getByText("Work offline", { exact: true }).click();
    await waitFor(async () => (await relay.openConnections()) === 0, "the relay sees bob's connection close");
    expect(await relay.closedConnections()).toBe(closedBefore + 1);
    expect(await status().getByRole("switch", { name: "Work offline" }).isChecked()).toBe(true);
    expect(await status().getByRole("status").textContent()).toContain("Working offline");
    expect(await status().getByTestId("peers-connected").textContent()).toBe("0");
  });

  it("a change made while offline does not reach the relay and is counted as not yet shared", async () => {
    const messagesBefore = await relay.messagesReceived();
    await bob.page.evaluate((u) => window.__chapterhouseTest!.changeDocument(u, "vote", "against"), url);
    await waitFor(
      hasText(status().getByTestId("unshared-changes"), "1"),
      "bob's change counted as not yet shared",
    );
    // Nothing to wait on for an absence: give a stray socket well over a sync round trip to show up.
    await new Promise((r) => setTimeout(r, 750));
    expect(await relay.openConnections()).toBe(0);
    expect(await relay.messagesReceived()).toBe(messagesBefore);
    expect(relay.documentValue(idOf(url))?.vote).toBe("for");
    await bob.page.screenshot({ path: resolve(screenshots, "working-offline.png") });
  });

  it("stays offline across a reload, and still knows which documents the relay acknowledged", async () => {
    await openApp(bob.page, app.url);
    await status().getByRole("status").getByText("Working offline", { exact: false }).waitFor();
    await new Promise((r) => setTimeout(r, 750));
    expect(await relay.openConnections()).toBe(0);
    // Reopen both documents from local storage: only the one changed offline is not yet shared.
    for (const u of [url, untouchedUrl]) {
      await bob.page.evaluate(({ u, r }) => window.__chapterhouseTest!.readDocument(u, r), {
        u,
        r: relay.url,
      });
    }
    await waitFor(
      hasText(status().getByTestId("unshared-changes"), "1"),
      "one document not yet shared after the reload",
    );
    expect(await bob.page.evaluate(() => window.__chapterhouseTest!.unsharedDocuments())).toEqual([
      idOf(url),
    ]);
  });

  it("switched back on, it reconnects and the change reaches the relay", async () => {
    await status().getByText("Work offline", { exact: true }).click();
    await waitFor(async () => (await relay.openConnections()) === 1, "bob reconnects");
    await waitFor(
      () => relay.documentValue(idOf(url))?.vote === "against",
      "the relay receives the offline change",
    );
    await waitFor(hasText(status().getByTestId("unshared-changes"), "0"), "everything shared again");
    await status().getByText("Online", { exact: true }).waitFor();
  });

  it("the page logged no error", () => {
    expect(problems).toEqual([]);
  });
});
