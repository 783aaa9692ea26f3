/**
 * A slower machine on demand, to find the steps of a browser test that race the app: with
 * `CHAPTERHOUSE_CPU_SLOWDOWN=4` every page of `launchBrowser` runs its scripts four times slower
 * (Chromium's CPU throttling), as on a loaded CI runner. Unset, or not a number above 1: full speed.
 */
import type { BrowserContext, Page } from "playwright-core";

/** The slowdown factor `env` asks for; 1 (none) unless it names a number above 1. */
export function cpuSlowdown(env: NodeJS.ProcessEnv = process.env): number {
  const rate = Number(env["CHAPTERHOUSE_CPU_SLOWDOWN"]);
  return Number.isFinite(rate) && rate > 1 ? rate : 1;
}

/** Slows `page` and every later page of `context` down by `rate` (nothing when it is 1). */
export async function slowDown(context: BrowserContext, page: Page, rate: number): Promise<void> {
  if (rate <= 1) return;
  const throttle = async (target: Page) => (await context.newCDPSession(target)).send("Emulation.setCPUThrottlingRate", { rate });
  context.on("page", (target) => void throttle(target));
  await throttle(page);
}
