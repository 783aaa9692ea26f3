import type { Platform } from "./platform.js";

/** The storage namespace of the app in a browser. */
export const BROWSER_STORAGE_NAMESPACE = "chapterhouse";

/** The Platform of a plain browser page, read from `window`. */
export function createBrowserPlatform(window: Window): Platform {
  const secureContext = window.isSecureContext;
  return {
    kind: "browser",
    storageNamespace: BROWSER_STORAGE_NAMESPACE,
    pageProtocol: window.location.protocol,
    capabilities: {
      secureContext,
      webCrypto: secureContext && typeof window.crypto?.subtle?.importKey === "function",
      serviceWorker: secureContext && "serviceWorker" in window.navigator,
    },
    now: () => Date.now(),
  };
}
