import { Repo, type PeerId } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";

export interface TestPeer {
  readonly repo: Repo;
  readonly peerId: PeerId;
  /** Disconnects and stops the client's retry timer. */
  close(): Promise<void>;
}

/**
 * A Repo (no storage) connected to `url` with the stock WebSocketClientAdapter, resolved once
 * the relay answered the join: what any automerge-repo 2.5.6 client does, unchanged.
 */
export async function connectPeer(name: string, url: string): Promise<TestPeer> {
  const adapter = new WebSocketClientAdapter(url, 60_000);
  const peerId = name as PeerId;
  const repo = new Repo({ network: [adapter], peerId });
  await new Promise<void>((resolve) => {
    if (adapter.remotePeerId !== undefined) return resolve();
    repo.networkSubsystem.once("peer", () => resolve());
  });
  return { repo, peerId, close: () => repo.shutdown() };
}
