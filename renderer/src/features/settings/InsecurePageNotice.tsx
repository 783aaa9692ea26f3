import { useAppData } from "../../shared/data/app-data-context.js";

/** The notice's words, shared with the Settings screen. */
export const INSECURE_PAGE_TEXT =
  "This page can't be installed or reopened offline from this address; signature checks are slower.";

/**
 * A calm note on a page that is not a secure context (a phone opening the app from
 * `http://LAN-address` at a meeting): no service worker there, so no install and no offline
 * reopening, and no WebCrypto, so signatures are checked by the slower built-in code. Everything
 * else works. Shows nothing on a secure page.
 */
export function InsecurePageNotice() {
  const { platform } = useAppData();
  if (platform.capabilities.secureContext) return null;
  return (
    <p className="page-notice" role="note" aria-label="About this address">
      {INSECURE_PAGE_TEXT} Everything else works as usual.
    </p>
  );
}
