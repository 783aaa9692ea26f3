import type { SyncStatus } from "../../shared/data/sync-status.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { Switch } from "../../shared/ui/Switch.js";
import { syncWords } from "./sync-words.js";
import "./SyncStatusBar.css";

/** What the sync status shows and the one thing it lets the member do. */
export interface SyncStatusBarProps {
  readonly status: SyncStatus;
  /** Called with the new position of the work-offline switch. */
  readonly onWorkOfflineChange: (on: boolean) => void;
  /** Where the member manages sync servers. */
  readonly settingsHref: string;
}

/** The always-visible sync status: where this device stands, servers connected, changes not yet shared, the work-offline switch. */
export function SyncStatusBar({ status, onWorkOfflineChange, settingsHref }: SyncStatusBarProps) {
  const t = useT("app");
  const format = useFormat();
  const words = syncWords(status);
  return (
    <section className="sync-status" aria-label={t("sync.label")} data-mode={status.mode}>
      <p className="sync-status-mode" role="status" aria-live="polite">
        <span className="sync-status-dot" aria-hidden="true" />
        <strong>{t(`sync.title.${words.title}`)}</strong> <span className="sync-status-detail">{t(`sync.detail.${words.detail}`)}</span>
      </p>
      <dl className="sync-status-facts">
        <div>
          <dt>{t("sync.connected")}</dt>
          <dd data-testid="peers-connected">{format.count(status.peersConnected)}</dd>
        </div>
        <div>
          <dt>{t("sync.unshared")}</dt>
          <dd data-testid="unshared-changes">{format.count(status.unshared)}</dd>
        </div>
      </dl>
      <Switch isSelected={status.workOffline} onChange={onWorkOfflineChange}>
        {t("sync.workOffline")}
      </Switch>
      <Link href={settingsHref} variant="standalone">
        {t("sync.servers")}
      </Link>
    </section>
  );
}
