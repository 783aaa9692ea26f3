import { useAppData } from "../../shared/data/app-data-context.js";
import { summariseSync, type SyncStatus } from "../../shared/data/sync-status.js";
import { useObservable } from "../../shared/data/use-observable.js";

/** The device's sync status, from its relay manager and unshared-changes count, re-rendering as they change. */
export function useSyncStatus(): SyncStatus {
  const data = useAppData();
  return summariseSync(useObservable(data.relays.relays), useObservable(data.unshared.count));
}
