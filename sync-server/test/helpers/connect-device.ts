import { Repo, type PeerId } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";

/** A member's device: a Repo (no storage) on one relay through the stock client adapter. */
export interface Device {
  readonly repo: Repo;
  readonly peerId: PeerId;
  /**
   * Resolves the next time a relay answers this device's join, e.g. once the relay it lost has
   * come back and the adapter re-dialled it. Call it before whatever makes the device re-join.
   */
  nextJoin(): Promise<void>;
  /** Disconnects and stops the client's retry timer. */
  close(): Promise<void>;
}

/**
 * A device connected to `url` with the stock WebSocketClientAdapter, resolved once the relay
 * answered its join. Unlike `connectPeer`, the adapter re-dials every `retryMs` after losing the
 * relay (as an app's client does, only sooner), so a test can restart the relay under it.
 */
export async function connectDevice(name: string, url: string, retryMs = 100): Promise<Device> {
  const adapter = new WebSocketClientAdapter(url, retryMs);
  const peerId = name as PeerId;
  const repo = new Repo({ network: [adapter], peerId });
  const nextJoin = () => new Promise<void>((resolve) => repo.networkSubsystem.once("peer", () => resolve()));
  if (adapter.remotePeerId === undefined) await nextJoin();
  return { repo, peerId, nextJoin, close: () => repo.shutdown() };
}
