import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { screenshotFolder } from "./screenshot-folder.js";

/** The sizes screens are looked at: a laptop and a phone (docs/ARCHITECTURE.md, "UI kit and translations"). */
export const SCREEN_SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/**
 * Screenshots the whole page at each of SCREEN_SIZES into the screenshot folder, as
 * `<name>-<width>.png`, and gives back the page's height at each width; then puts the viewport
 * back as it was. Also checks the page fits the phone's width (nothing scrolls sideways).
 */
export async function screenshotAtSizes(page: Page, name: string): Promise<{ readonly width: number; readonly pageHeight: number; readonly pageWidth: number }[]> {
  const before = page.viewportSize();
  const measured: { width: number; pageHeight: number; pageWidth: number }[] = [];
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.evaluate(() => window.scrollTo(0, 0));
    const { pageHeight, pageWidth } = await page.evaluate(() => ({ pageHeight: document.documentElement.scrollHeight, pageWidth: document.documentElement.scrollWidth }));
    await page.screenshot({ path: resolve(screenshotFolder(), `${name}-${size.width}.png`), fullPage: true });
    measured.push({ width: size.width, pageHeight, pageWidth });
  }
  if (before !== null) await page.setViewportSize(before);
  return measured;
}
