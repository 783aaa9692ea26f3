import { useAppData } from "../../shared/data/app-data-context.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { summariseSync } from "../../shared/data/sync-status.js";
import { settingsPath } from "../../features/settings/index.js";
import { SyncStatusBar } from "./SyncStatusBar.js";

/** The sync status bar fed by the device's relay manager and unshared-changes count. */
export function ConnectedSyncStatusBar({ onError }: { readonly onError: (error: unknown) => void }) {
  const data = useAppData();
  const relays = useObservable(data.relays.relays);
  const unshared = useObservable(data.unshared.count);
  return (
    <SyncStatusBar
      status={summariseSync(relays, unshared)}
      onWorkOfflineChange={(on) => void data.relays.setWorkOffline(on).catch(onError)}
      settingsHref={settingsPath.href()}
    />
  );
}
