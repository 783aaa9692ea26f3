import { Repo, type NetworkAdapterInterface, type StorageAdapterInterface } from "@automerge/automerge-repo";
import { BroadcastChannelNetworkAdapter } from "@automerge/automerge-repo-network-broadcastchannel";
import { createSharePolicy, type DocumentAnnouncements } from "../documents/document-announcements.js";
import type { PeerDirectory } from "./peer-directory.js";

/** What the app's Repo is made of. */
export interface CreateRepoOptions {
  /** Where documents are kept (IndexedDB in the app); omit for none (tests in Node). */
  readonly storage?: StorageAdapterInterface;
  /** BroadcastChannel name shared by the tabs of one profile; omit for no tab sync (tests in Node). */
  readonly tabChannel?: string;
  readonly directory: PeerDirectory;
  readonly announcements: DocumentAnnouncements;
}

/**
 * The app's automerge-repo Repo: documents in `storage`, other tabs over BroadcastChannel,
 * relays added later by the RelayManager (one WebSocket adapter each). What is announced to whom
 * is `createSharePolicy`'s decision; a change of announcements re-evaluates open documents.
 */
export function createRepo(options: CreateRepoOptions): Repo {
  const network: NetworkAdapterInterface[] = [];
  if (options.tabChannel !== undefined) {
    const tabs = new BroadcastChannelNetworkAdapter({ channelName: options.tabChannel });
    // Registered before the Repo's own listeners, so the directory knows a tab before the
    // share policy is asked about it.
    tabs.on("peer-candidate", ({ peerId }) => options.directory.addTab(peerId));
    tabs.on("peer-disconnected", ({ peerId }) => options.directory.removeTab(peerId));
    network.push(tabs);
  }
  const repo = new Repo({
    ...(options.storage === undefined ? {} : { storage: options.storage }),
    network,
    sharePolicy: createSharePolicy(options.directory, options.announcements),
  });
  options.announcements.onChange(() => repo.shareConfigChanged());
  return repo;
}
