import { createBrowserPlatform } from "./browser-platform.js";
import { createDesktopPlatform } from "./desktop-platform.js";
import type { Platform } from "./platform.js";
import { vaultSealParams } from "./vault-params.js";

/**
 * The one place that picks the Platform implementation: the desktop's when the shell's preload
 * exposed its bridge (`window.chapterhouse`), else the browser's. Nothing else asks which it is.
 */
export function choosePlatform(window: Window): Platform {
  const bridge = window.chapterhouse;
  if (bridge !== undefined) return createDesktopPlatform(window, bridge);
  return createBrowserPlatform(window, { sealParams: vaultSealParams(import.meta.env.MODE) });
}
