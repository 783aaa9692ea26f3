/**
 * The UI kit and the translations in Chromium (docs/ARCHITECTURE.md, "UI kit and
 * translations"): the gallery page of every kit component, served as the desktop serves the app
 * (its Content-Security-Policy included), checked with axe-core and findUntranslated in Spanish
 * and English, light and dark, at phone and desktop sizes. One browser for all of it.
 */
import { contentSecurityPolicy } from "@chapterhouse/electron";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUES } from "../../src/shared/i18n/catalogues.js";
import { buildTestPage } from "../helpers/build-test-page.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { expectAccessible } from "../helpers/expect-accessible.js";
import { findUntranslated, type CatalogueSet } from "../helpers/find-untranslated.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { GALLERY_CATALOGUES } from "../pages/ui-gallery/gallery-catalogues.js";
import { serveAppProtocol, type AppProtocolServer } from "./desktop-shell.js";

declare global {
  interface Window {
    __policyViolations?: string[];
  }
}

const catalogues: CatalogueSet = Object.fromEntries(
  Object.entries(CATALOGUES).map(([language, namespaces]) => [language, { ...namespaces, gallery: GALLERY_CATALOGUES[language]! }]),
);

let app: AppProtocolServer;
let browser: TestBrowser;
let page: Page;
let problems: string[];

const heading = () => page.getByRole("heading", { level: 1 });
const htmlLang = () => page.evaluate(() => document.documentElement.lang);
const violations = () => page.evaluate(() => window.__policyViolations ?? []);

beforeAll(async () => {
  const [built, launched] = await Promise.all([buildTestPage("ui-gallery"), launchBrowser("ui-kit", [], "es-ES")]);
  browser = launched;
  page = browser.page;
  app = await serveAppProtocol(built, () => contentSecurityPolicy([]));
  await browser.context.addInitScript(() => {
    window.__policyViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => window.__policyViolations!.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  problems = collectConsoleProblems(page);
  await page.goto(app.url);
  await heading().waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("the UI kit gallery in Chromium", () => {
  it("[I18N4][I18N3] opens in the browser's language, Spanish, with no text left in English, no missing key and no policy violation", async () => {
    expect(await htmlLang()).toBe("es");
    expect(await heading().textContent()).toBe("Kit de interfaz");
    expect(await page.title()).toBe("Kit de interfaz");
    expect(await findUntranslated(page, "es", catalogues)).toEqual([]);
    expect(problems).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it("[A11Y1] has no serious or critical accessibility violation in Spanish, light and dark, at desktop and phone sizes", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectAccessible(page, "gallery, Spanish, 1280×800");
    await page.emulateMedia({ colorScheme: "dark" });
    await expectAccessible(page, "gallery, Spanish, dark");
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "gallery, Spanish, 390×844");
    // Usable on a phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it("[A11Y1][A11Y2] its overlays pass too: the confirmation opened from the keyboard, and the menu", async () => {
    await page.getByRole("button", { name: "Quitar el relé" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("alertdialog", { name: "¿Quitar este relé?" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cancelar");
    await expectAccessible(page, "confirmation dialog");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Más acciones" }).click();
    await page.getByRole("menu").waitFor();
    await expectAccessible(page, "menu");
    await page.keyboard.press("Escape");
    await page.getByRole("menu").waitFor({ state: "detached" });
  });

  it("[I18N4] switching to English with the keyboard changes every text and <html lang>, and the choice outlives a reload", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole("button", { name: /Idioma/ }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("option", { name: "English" }).waitFor();
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await heading().textContent()).toBe("UI kit");
    expect(await findUntranslated(page, "en", catalogues)).toEqual([]);
    await page.reload();
    await heading().waitFor();
    expect(await htmlLang()).toBe("en");
    expect(await findUntranslated(page, "en", catalogues)).toEqual([]);
    await expectAccessible(page, "gallery, English");
    expect(problems).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it("[I18N3][A11Y1] the checks can fail: an English word on the Spanish page, a missing key and a nameless button are each caught; text marked not for translation is not compared, nor a member's words that a text of variables around a short word would match", async () => {
    await page.getByRole("button", { name: /Language/ }).click();
    await page.getByRole("option", { name: "Español" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "es");
    await page.evaluate(() => {
      const left = document.createElement("p");
      left.id = "planted";
      left.textContent = "3 characters too many: shorten it to send";
      const nameless = document.createElement("button");
      nameless.id = "nameless";
      // Words that stay as they are in every language (a key's fingerprint, BIP39's English list) are marked so.
      const kept = document.createElement("p");
      kept.id = "kept";
      kept.translate = false;
      kept.textContent = "3 characters too many: shorten it to send";
      // A member's words, which a catalogue text of variables around a short word ("{{kind}} in {{chapter}}") would match.
      const theirs = document.createElement("p");
      theirs.textContent = "Plant trees in the yard";
      document.body.append(left, nameless, kept, theirs);
    });
    expect(await findUntranslated(page, "es", catalogues)).toEqual(['"3 characters too many: shorten it to send" (en common:field.tooLong_other)']);
    await page.evaluate(() => document.querySelector("#planted")!.remove());
    expect(await findUntranslated(page, "es", catalogues)).toEqual([]);
    await expect(expectAccessible(page, "planted")).rejects.toThrow(/planted: 1 serious or critical accessibility violation\(s\):\n {2}button-name \(critical\)[^\n]*\n {4}- #nameless/);
    await page.evaluate(() => document.querySelectorAll("#kept, #nameless").forEach((element) => element.remove()));
    const before = problems.length;
    expect(await page.evaluate(() => window.__gallery!.translate("gallery:no.such.key"))).toBe("no.such.key");
    expect(problems.slice(before)).toEqual(["console.error: No translation for gallery:no.such.key (es)"]);
  });
});
