import { useAppData } from "../../shared/data/app-data-context.js";
import { useT } from "../../shared/i18n/use-t.js";
import "./settings.css";

/**
 * A calm note on a page that is not a secure context (a phone opening the app from
 * `http://LAN-address` at a meeting): no service worker there, so no install and no offline
 * reopening, and no WebCrypto, so signatures are checked by the slower built-in code. Everything
 * else works. Shows nothing on a secure page.
 */
export function InsecurePageNotice() {
  const t = useT("settings");
  const { platform } = useAppData();
  if (platform.capabilities.secureContext) return null;
  return (
    <p className="settings-page-notice" role="note" aria-label={t("insecure.label")}>
      {t("insecure.text")} {t("insecure.rest")}
    </p>
  );
}
