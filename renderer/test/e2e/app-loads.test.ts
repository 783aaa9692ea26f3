import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/build-app.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { screenshotFolder } from "../helpers/screenshot-folder.js";
import { serveApp, type ServedApp } from "../helpers/serve-app.js";

const screenshots = screenshotFolder();

describe("the built app in Chromium", () => {
  let app: ServedApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await serveApp(await buildApp());
    browser = await launchBrowser("first-run");
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("loads from a sub-path with Automerge's wasm initialised and no console error", async () => {
    const { page } = browser;
    const problems = collectConsoleProblems(page);
    const wasm = page.waitForResponse((response) => response.url().endsWith(".wasm"));
    await openApp(page, app.url);
    expect((await wasm).headers()["content-type"]).toBe("application/wasm");
    const automerge = await page.evaluate(() => window.__chapterhouseTest!.automerge());
    expect(automerge).toEqual({ initialized: true, roundTrip: "ok" });
    await page.getByRole("heading", { level: 1, name: "Welcome to Chapterhouse" }).waitFor();
    expect(problems).toEqual([]);
  });

  it("shows the first-run empty state inside landmarks, with the sync status offline and no relay", async () => {
    const { page } = browser;
    await expect(page.getByRole("banner").count()).resolves.toBe(1);
    await expect(page.getByRole("main").count()).resolves.toBe(1);
    // No chapter is open: nothing to place in the tree, so no breadcrumb.
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).count()).resolves.toBe(0);
    const status = page.getByRole("region", { name: "Sync status" });
    await expect(status.getByRole("status").textContent()).resolves.toContain("No relay added yet");
    await expect(
      status.getByRole("switch", { name: "Work offline" }).getAttribute("aria-checked"),
    ).resolves.toBe("false");
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: resolve(screenshots, "shell.png") });
  });

  it("routes the first-run buttons to the identity screens", async () => {
    const { page } = browser;
    await page.getByRole("link", { name: "Create your identity" }).click();
    await page.getByRole("heading", { level: 1, name: "Create your identity" }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe("#/identity/create");
    await expect(page.getByLabel("Your name").count()).resolves.toBe(1);
    // Focus moves to the new screen's heading, so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.goBack();
    await page.getByRole("link", { name: "Restore from a recovery phrase" }).click();
    await page.getByRole("heading", { level: 1, name: "Restore from a recovery phrase" }).waitFor();
  });

  it("keeps keyboard focus visible: the first Tab reaches the skip link, which moves focus to the main area", async () => {
    const { page } = browser;
    await openApp(page, app.url);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
  });

  it("also loads as the production build, which carries no test hooks", async () => {
    const production = await serveApp(await buildApp("production"), "/production/");
    try {
      const { page } = browser;
      const problems = collectConsoleProblems(page);
      await page.goto(production.url);
      await page.getByRole("heading", { level: 1, name: "Welcome to Chapterhouse" }).waitFor();
      expect(await page.evaluate(() => "__chapterhouseTest" in window)).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await production.close();
    }
  });
});
