import type { KeyVault } from "./key-vault.js";

/**
 * The one contract for what differs between a plain browser and the Electron desktop shell
 * (STYLE.md habit 5). Screens and data code receive a `Platform`; none asks "am I in Electron?".
 * Later phases add hosting a meeting, opening and saving bundle files and the data directory,
 * each as a member here implemented by both variants.
 */
export interface Platform {
  /** Which implementation this is, for the settings screen and bug reports. */
  readonly kind: "browser" | "desktop";
  /**
   * Prefix of the names of this app's local databases (IndexedDB, BroadcastChannel), so that
   * two installations or test profiles on one origin never share data.
   */
  readonly storageNamespace: string;
  /** The page's protocol (`https:`, `http:`, a custom scheme), which decides allowed relay addresses. */
  readonly pageProtocol: string;
  /**
   * What this page can use. A phone opening the app from `http://LAN-address` is not a secure
   * context: no WebCrypto (the fallback verifier is used) and no service worker (no offline reopen).
   */
  readonly capabilities: {
    readonly secureContext: boolean;
    readonly webCrypto: boolean;
    readonly serviceWorker: boolean;
  };
  /**
   * The member's key vault: the sealed recovery phrase at rest and signing with the unlocked
   * key. The browser keeps the key in the page's memory; the desktop keeps it in the main
   * process and signs there.
   */
  readonly vault: KeyVault;
  /** Wall-clock milliseconds, for display times and ordering of device-local lists. */
  now(): number;
  /**
   * Cryptographically secure random bytes (`crypto.getRandomValues`, which unlike
   * `crypto.subtle` exists on insecure origins too): invite tokens, phrases, vault salts.
   */
  randomBytes(length: number): Uint8Array;
  /**
   * The address another member opens to reach this app, without a fragment: invite links are
   * this plus `#/join?…`. In a browser, the page's own address; the desktop will give the
   * address of the web app its organisation's relay serves.
   */
  appAddress(): string;
}
