/**
 * The one contract for what differs between a plain browser and the Electron desktop shell
 * (STYLE.md habit 5). Screens and data code receive a `Platform`; none asks "am I in Electron?".
 * Later phases add the key vault and signing, hosting a meeting, opening and saving bundle
 * files and the data directory, each as a member here implemented by both variants.
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
  /** Wall-clock milliseconds, for display times and ordering of device-local lists. */
  now(): number;
}
