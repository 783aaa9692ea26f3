import type { RelaysSnapshot } from "./relay-manager.js";

/** Where this device stands for sync, as the status bar shows it. */
export type SyncMode = "online" | "meeting" | "offline";

/** Everything the always-visible sync status shows. */
export interface SyncStatus {
  readonly mode: SyncMode;
  /** True when the member switched work-offline on (then mode is "offline"). */
  readonly workOffline: boolean;
  /** Relays and meeting hosts connected now. */
  readonly peersConnected: number;
  /** Relays and meeting hosts added. */
  readonly relaysAdded: number;
  /** Open documents holding changes no relay has acknowledged. */
  readonly unshared: number;
}

/**
 * Derives the sync status: offline while working offline or with no relay connected; in a
 * meeting while a meeting host is connected; online while any other relay is connected.
 */
export function summariseSync(relays: RelaysSnapshot, unshared: number): SyncStatus {
  const connected = relays.workOffline ? [] : relays.relays.filter((r) => r.state === "connected");
  const mode: SyncMode = connected.some((r) => r.kind === "meeting")
    ? "meeting"
    : connected.length > 0
      ? "online"
      : "offline";
  return {
    mode,
    workOffline: relays.workOffline,
    peersConnected: connected.length,
    relaysAdded: relays.relays.length,
    unshared,
  };
}
