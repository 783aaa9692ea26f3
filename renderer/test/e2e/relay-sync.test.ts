import { resolve } from "node:path";
import type { DocumentId } from "@automerge/automerge-repo";
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

describe("two browsers and one relay", () => {
  let app: ServedApp;
  let relay: TestRelay;
  let alice: TestBrowser;
  let bob: TestBrowser;
  const problems: string[][] = [];

  beforeAll(async () => {
    [app, relay, alice, bob] = await Promise.all([
      buildApp().then((dir) => serveApp(dir)),
      startRelay(),
      launchBrowser("alice"),
      launchBrowser("bob"),
    ]);
    problems.push(collectConsoleProblems(alice.page), collectConsoleProblems(bob.page));
    await Promise.all([openApp(alice.page, app.url), openApp(bob.page, app.url)]);
  });

  afterAll(async () => {
    await Promise.all([alice?.close(), bob?.close()]);
    await Promise.all([relay?.close(), app?.close()]);
  });

  it("each member adds the relay in Settings and the sync status turns online with one peer", async () => {
    await Promise.all([addRelayInSettings(alice.page, relay.url), addRelayInSettings(bob.page, relay.url)]);
    await waitFor(async () => (await relay.openConnections()) === 2, "two connections at the relay");
    for (const { page } of [alice, bob]) {
      const status = page.getByRole("region", { name: "Sync status" });
      await status.getByText("Online", { exact: true }).waitFor();
      expect(await status.getByTestId("peers-connected").textContent()).toBe("1");
    }
    await alice.page.screenshot({ path: resolve(screenshots, "settings-relays.png") });
  });

  it("a document created in one browser reaches the relay and the other browser, and is then counted as shared", async () => {
    const url = await alice.page.evaluate(
      (r) => window.__chapterhouseTest!.createDocument(r, { title: "Bike racks for the square" }),
      relay.url,
    );
    await waitFor(
      () => relay.documentValue(idOf(url))?.title === "Bike racks for the square",
      "the relay holds alice's document",
    );
    const seenByBob = await bob.page.evaluate(({ u, r }) => window.__chapterhouseTest!.readDocument(u, r), {
      u: url,
      r: relay.url,
    });
    expect(seenByBob).toEqual({ title: "Bike racks for the square" });
    const unshared = alice.page.getByRole("region", { name: "Sync status" }).getByTestId("unshared-changes");
    await waitFor(async () => (await unshared.textContent()) === "0", "alice's changes all acknowledged");
  });

  it("a document not announced to the relay never reaches it, and is counted as not yet shared", async () => {
    const privateUrl = await alice.page.evaluate(() =>
      window.__chapterhouseTest!.createDocument(null, { title: "Only on this device" }),
    );
    // A document announced after it travels the same socket, so once it has arrived the
    // unannounced one had every chance to arrive too.
    const marker = await alice.page.evaluate(
      (r) => window.__chapterhouseTest!.createDocument(r, { title: "marker" }),
      relay.url,
    );
    await waitFor(
      () => relay.documentValue(idOf(marker))?.title === "marker",
      "the relay holds the marker document",
    );
    expect(relay.documentValue(idOf(privateUrl))).toBeUndefined();
    const unshared = alice.page.getByRole("region", { name: "Sync status" }).getByTestId("unshared-changes");
    await waitFor(async () => (await unshared.textContent()) === "1", "one document not yet shared");
    expect(await alice.page.evaluate(() => window.__chapterhouseTest!.unsharedDocuments())).toEqual([
      idOf(privateUrl),
    ]);
  });

  it("neither page logged an error", () => {
    expect(problems).toEqual([[], []]);
  });
});
