import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/build-app.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { serveApp, type ServedApp } from "../helpers/serve-app.js";
import { waitFor } from "../helpers/wait-for.js";

describe("two tabs of one browser profile", () => {
  let app: ServedApp;
  let alice: TestBrowser;
  let second: Page;
  const problems: string[][] = [];

  beforeAll(async () => {
    [app, alice] = await Promise.all([buildApp().then((dir) => serveApp(dir)), launchBrowser("alice-tabs")]);
    second = await alice.context.newPage();
    problems.push(collectConsoleProblems(alice.page), collectConsoleProblems(second));
    await openApp(alice.page, app.url);
    await openApp(second, app.url);
  });

  afterAll(async () => {
    await alice?.close();
    await app?.close();
  });

  it("see each other's changes live, with no relay at all", async () => {
    const url = await alice.page.evaluate(() =>
      window.__chapterhouseTest!.createDocument(null, { agenda: "draft" }),
    );
    expect(await second.evaluate((u) => window.__chapterhouseTest!.readDocument(u, null), url)).toEqual({
      agenda: "draft",
    });
    // Storage would give the second tab the first version; only the tab channel brings a later change.
    await alice.page.evaluate((u) => window.__chapterhouseTest!.changeDocument(u, "agenda", "final"), url);
    await waitFor(
      async () =>
        (await second.evaluate((u) => window.__chapterhouseTest!.readDocument(u, null), url)).agenda ===
        "final",
      "the second tab receives the change",
    );
  });

  it("follow one work-offline switch", async () => {
    const status = (page: Page) => page.getByRole("region", { name: "Sync status" });
    const switchIn = (page: Page) => status(page).getByRole("switch", { name: "Work offline" });
    // The switch is pressed where a member presses it: its label.
    await status(alice.page).getByText("Work offline", { exact: true }).click();
    await waitFor(() => switchIn(second).isChecked(), "the other tab is offline too");
    await status(second).getByText("Work offline", { exact: true }).click();
    await waitFor(async () => !(await switchIn(alice.page).isChecked()), "and back online");
  });

  it("logged no error", () => {
    expect(problems).toEqual([[], []]);
  });
});
