import type { PeerId, PeerMetadata } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";

/** The stock client adapter, presenting peer metadata of the test's choosing in its join. */
export class LyingClientAdapter extends WebSocketClientAdapter {
  constructor(
    url: string,
    private readonly claimed: PeerMetadata,
  ) {
    super(url, 60_000);
  }

  override connect(peerId: PeerId, _peerMetadata?: PeerMetadata): void {
    super.connect(peerId, this.claimed);
  }
}
