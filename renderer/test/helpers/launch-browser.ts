/**
 * Debian's Chromium driven by playwright-core, with a fresh profile (user-data-dir) per
 * browser, removed on close. Never `playwright install`. `CHAPTERHOUSE_CPU_SLOWDOWN` slows its
 * pages down (cpu-slowdown.ts) to find races a slower machine shows.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { cpuSlowdown, slowDown } from "./cpu-slowdown.js";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A browser with its own profile and one page. */
export interface TestBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile.
 * @param name a label for the profile folder (alice, bob…).
 * @param extraArgs more Chromium switches (e.g. `--host-resolver-rules=…`).
 * @param locale the browser's language (`navigator.languages`, Accept-Language), e.g. "es-ES".
 */
export async function launchBrowser(name: string, extraArgs: readonly string[] = [], locale?: string): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), `chapterhouse-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
    viewport: { width: 1100, height: 720 },
    ...(locale === undefined ? {} : { locale }),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await slowDown(context, page, cpuSlowdown());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
