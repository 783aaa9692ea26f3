import type { ScryptParams } from "@chapterhouse/crdt/identity";
import { localDbName, openLocalDb } from "../data/local-db.js";
import { createBrowserBundleFiles } from "./browser-bundle-files.js";
import { createBrowserKeyVault } from "./browser-key-vault.js";
import { createBrowserMeetings } from "./browser-meetings.js";
import type { Platform } from "./platform.js";
import { browserSystemNotifications, type NotificationApi } from "./system-notifications.js";
import { createDexieVaultStorage } from "./vault-storage.js";

/** The storage namespace of the app in a browser. */
export const BROWSER_STORAGE_NAMESPACE = "chapterhouse";

/** Options of the browser platform. */
export interface BrowserPlatformOptions {
  /** scrypt parameters for new vaults (`vaultSealParams` of the build mode). */
  readonly sealParams: ScryptParams;
}

/**
 * The Platform of a plain browser page, read from `window`: the vault in the local database,
 * bundle files as downloads and a file input, no meeting hosting or discovery (explained), and
 * any relay allowed.
 */
export function createBrowserPlatform(window: Window, options: BrowserPlatformOptions): Platform {
  const secureContext = window.isSecureContext;
  const now = () => Date.now();
  const randomBytes = (length: number) => window.crypto.getRandomValues(new Uint8Array(length));
  // The vault has its own connection to the local database (Dexie coordinates several).
  const storage = createDexieVaultStorage(openLocalDb(localDbName(BROWSER_STORAGE_NAMESPACE)));
  return {
    kind: "browser",
    storageNamespace: BROWSER_STORAGE_NAMESPACE,
    pageProtocol: window.location.protocol,
    capabilities: {
      secureContext,
      webCrypto: secureContext && typeof window.crypto?.subtle?.importKey === "function",
      serviceWorker: secureContext && "serviceWorker" in window.navigator,
    },
    vault: createBrowserKeyVault({ storage, randomBytes, now, sealParams: options.sealParams, subtle: secureContext ? window.crypto.subtle : undefined }),
    now,
    randomBytes,
    appAddress() {
      const url = new URL(window.location.href);
      url.hash = "";
      return url.href;
    },
    meetings: createBrowserMeetings(),
    bundleFiles: createBrowserBundleFiles({
      document: window.document,
      URL,
      setTimeout: (handler, ms) => window.setTimeout(handler, ms),
    }),
    // A page's connections are not limited by a policy the app sets: nothing to do.
    allowRelays: (relays) => Promise.resolve({ type: "saved", relays: [...relays], reloadToApply: false }),
    // An insecure page has no Notification API: system notifications are unsupported there.
    systemNotifications: browserSystemNotifications("Notification" in window ? (window.Notification as NotificationApi) : undefined),
  };
}
