import type { SyncStatus } from "../../shared/data/sync-status.js";

/** What the sync status bar shows and the one thing it lets the member do. */
export interface SyncStatusBarProps {
  readonly status: SyncStatus;
  /** Called with the new position of the work-offline switch. */
  readonly onWorkOfflineChange: (on: boolean) => void;
  /** Where the member manages relays. */
  readonly settingsHref: string;
}

/** The sentence that says where this device stands. */
export function syncModeLabel(status: SyncStatus): { title: string; detail: string } {
  switch (status.mode) {
    case "online":
      return { title: "Online", detail: "Changes sync through your relays." };
    case "meeting":
      return { title: "In a meeting", detail: "Changes sync with the meeting host on this network." };
    case "offline":
      if (status.workOffline)
        return { title: "Offline", detail: "Working offline: nothing leaves this device." };
      if (status.relaysAdded === 0) return { title: "Offline", detail: "No relay added yet." };
      return { title: "Offline", detail: "No relay reachable; retrying." };
  }
}

/** The always-visible sync status: mode, peers, changes not yet shared, the work-offline switch. */
export function SyncStatusBar({ status, onWorkOfflineChange, settingsHref }: SyncStatusBarProps) {
  const label = syncModeLabel(status);
  return (
    <section className="sync-status" aria-label="Sync status" data-mode={status.mode}>
      <p className="sync-mode" role="status" aria-live="polite" title={label.detail}>
        <span className="sync-dot" aria-hidden="true" />
        <strong>{label.title}</strong> <span className="sync-detail">{label.detail}</span>
      </p>
      <dl className="sync-facts">
        <div>
          <dt>
            <span className="fact-long">Peers connected</span>
            <span className="fact-short" aria-hidden="true">
              Peers
            </span>
          </dt>
          <dd data-testid="peers-connected">{status.peersConnected}</dd>
        </div>
        <div title="Documents with changes no relay has confirmed receiving yet">
          <dt>
            <span className="fact-long">Changes not yet shared</span>
            <span className="fact-short" aria-hidden="true">
              Not yet shared
            </span>
          </dt>
          <dd data-testid="unshared-changes">{status.unshared}</dd>
        </div>
      </dl>
      <button
        type="button"
        className="switch"
        role="switch"
        aria-checked={status.workOffline}
        onClick={() => onWorkOfflineChange(!status.workOffline)}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        Work offline
      </button>
      <a className="sync-relays-link" href={settingsHref}>
        Relays
      </a>
    </section>
  );
}
