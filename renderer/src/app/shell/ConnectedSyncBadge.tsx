import { SyncBadge } from "./SyncBadge.js";
import { useSyncStatus } from "./use-sync-status.js";

/**
 * The header's sync badge fed by the device's relay manager and unshared-changes count. Its own
 * component, so a change of the status renders the badge again, not the shell around it: the
 * count moves at each document that arrives from a relay (a vote's forty ballot boxes), and each
 * move rendered the whole screen — the page, the navigation tree — in one synchronous task (issue 10).
 */
export function ConnectedSyncBadge() {
  return <SyncBadge status={useSyncStatus()} />;
}
