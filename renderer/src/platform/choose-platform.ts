import { createBrowserPlatform } from "./browser-platform.js";
import type { Platform } from "./platform.js";
import { vaultSealParams } from "./vault-params.js";

/**
 * The one place that picks the Platform implementation. The desktop shell's preload exposes a
 * `window.chapterhouse` bridge; when its implementation lands it is chosen here, from that
 * object's presence, and nowhere else. Until then every page is a browser page.
 */
export function choosePlatform(window: Window): Platform {
  return createBrowserPlatform(window, { sealParams: vaultSealParams(import.meta.env.MODE) });
}
