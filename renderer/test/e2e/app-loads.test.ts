import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/build-app.js";
import { chooseOption } from "../helpers/choose-option.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { expectAccessible } from "../helpers/expect-accessible.js";
import { findUntranslated } from "../helpers/find-untranslated.js";
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

  it("shows the first-run empty state inside landmarks, with the sync status offline and no sync server", async () => {
    const { page } = browser;
    await expect(page.getByRole("banner").count()).resolves.toBe(1);
    await expect(page.getByRole("main").count()).resolves.toBe(1);
    // No chapter is open: nothing to place in the tree, so no breadcrumb; no identity, so no tree.
    await expect(page.getByRole("navigation", { name: "You are here" }).count()).resolves.toBe(0);
    await expect(page.getByRole("navigation", { name: "Your organisations" }).count()).resolves.toBe(0);
    const status = page.getByRole("region", { name: "Sync status" });
    await expect(status.getByRole("status").textContent()).resolves.toContain("No sync server added yet");
    await expect(status.getByRole("switch", { name: "Work offline" }).isChecked()).resolves.toBe(false);
    await expectAccessible(page, "welcome");
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: resolve(screenshots, "shell.png") });
  });

  it("[A11Y3] routes the first-run buttons to the identity screens, focus on each one's heading", async () => {
    const { page } = browser;
    await page.getByRole("link", { name: "Create your identity" }).click();
    await page.getByRole("heading", { level: 1, name: "Create your identity" }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe("#/identity/create");
    await expect(page.getByLabel("Your name").count()).resolves.toBe(1);
    // Focus moves to the new screen's heading, so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await expectAccessible(page, "create your identity");
    await page.goBack();
    await page.getByRole("link", { name: "Restore from a recovery phrase" }).click();
    await page.getByRole("heading", { level: 1, name: "Restore from a recovery phrase" }).waitFor();
    await expectAccessible(page, "restore");
  });

  it("[I18N3] [I18N4] switched to Spanish before any identity exists, the first screens speak Spanish, and the choice is kept across a reload", async () => {
    const { page } = browser;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await chooseOption(page, /Language/, "Español");
    await page.getByRole("heading", { level: 1, name: "Ajustes" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Ajustes" }).waitFor();
    expect(await findUntranslated(page, "es")).toEqual([]);
    for (const [link, title] of [
      ["Inicio", "Te damos la bienvenida a Chapterhouse"],
      ["Reuniones", "Reuniones"],
      ["Sincronizar por archivo", "Te damos la bienvenida a Chapterhouse"],
    ] as const) {
      await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: link }).click();
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      expect(await findUntranslated(page, "es"), link).toEqual([]);
      await expectAccessible(page, link);
    }
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Ajustes" }).click();
    await chooseOption(page, /Idioma/, "English");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  });

  it("[A11Y3] keeps keyboard focus visible: on a page just loaded, the first Tab reaches the skip link, which moves focus to the main area", async () => {
    const { page } = browser;
    await openApp(page, app.url);
    await page.getByRole("heading", { level: 1, name: "Welcome to Chapterhouse" }).waitFor();
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
