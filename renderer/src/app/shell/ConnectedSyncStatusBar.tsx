import { useAppData } from "../../shared/data/app-data-context.js";
import { settingsPath } from "../../features/settings/index.js";
import { SyncStatusBar } from "./SyncStatusBar.js";
import { useSyncStatus } from "./use-sync-status.js";

/** The sync status bar fed by the device's relay manager and unshared-changes count. */
export function ConnectedSyncStatusBar({ onError }: { readonly onError: (error: unknown) => void }) {
  const data = useAppData();
  return (
    <SyncStatusBar
      status={useSyncStatus()}
      onWorkOfflineChange={(on) => void data.relays.setWorkOffline(on).catch(onError)}
      settingsHref={settingsPath.href()}
    />
  );
}
