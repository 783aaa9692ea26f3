import type { DocHandle, DocumentId, Repo, StorageId, UrlHeads } from "@automerge/automerge-repo";
import { isAcknowledged } from "./is-acknowledged.js";
import { ObservableValue, type Observable } from "./observable-value.js";
import type { PeerDirectory } from "./peer-directory.js";
import type { SharedHeadsStore } from "./shared-heads-store.js";

/**
 * Counts the open documents holding changes no relay has acknowledged yet ("changes not yet
 * shared"). A relay acknowledges by reporting its heads in sync (automerge-repo records them per
 * storage id: `handle.getSyncInfo(storageId)`, event `remote-heads`); only storage ids that
 * arrived over a relay connection count, never another tab's. Acknowledgements are remembered
 * in a SharedHeadsStore so the count is right after a restart while offline.
 *
 * Documents are found as the Repo loads, saves or syncs them (`doc-metrics` events) or when a
 * caller passes a handle to `track`. The caller owns the instance and calls `stop`.
 */
export class UnsharedChanges {
  readonly #directory: PeerDirectory;
  readonly #store: SharedHeadsStore;
  readonly #onError: (error: unknown) => void;
  readonly #acks = new Map<DocumentId, Map<StorageId, UrlHeads>>();
  readonly #watched = new Map<DocumentId, () => void>();
  readonly #unshared = new Set<DocumentId>();
  readonly #count = new ObservableValue(0);
  readonly #stopMetrics: () => void;

  constructor(
    repo: Repo,
    directory: PeerDirectory,
    store: SharedHeadsStore,
    onError: (error: unknown) => void,
  ) {
    this.#directory = directory;
    this.#store = store;
    this.#onError = onError;
    const onMetrics = (event: { documentId?: DocumentId }): void => {
      const handle = event.documentId === undefined ? undefined : repo.handles[event.documentId];
      if (handle !== undefined) this.track(handle);
    };
    repo.on("doc-metrics", onMetrics);
    this.#stopMetrics = () => repo.off("doc-metrics", onMetrics);
    for (const handle of Object.values(repo.handles)) this.track(handle);
  }

  /** How many open documents have changes not yet shared, observable. */
  get count(): Observable<number> {
    return this.#count;
  }

  /** The ids of those documents, sorted. */
  documents(): DocumentId[] {
    return [...this.#unshared].sort();
  }

  /** Starts following a document (idempotent). */
  track(handle: DocHandle<unknown>): void {
    const id = handle.documentId;
    if (this.#watched.has(id)) return;
    const update = (): void => this.#evaluate(handle);
    const onRemote = ({ storageId, heads }: { storageId: StorageId; heads: UrlHeads }): void => {
      if (!this.#directory.isRelayStorage(storageId)) return;
      this.#acknowledge(id, storageId, heads);
      update();
    };
    handle.on("heads-changed", update);
    handle.on("remote-heads", onRemote);
    handle.on("delete", update);
    this.#watched.set(id, () => {
      handle.off("heads-changed", update);
      handle.off("remote-heads", onRemote);
      handle.off("delete", update);
    });
    this.#store.load(id).then(
      (remembered) => {
        const acks = this.#acks.get(id) ?? new Map<StorageId, UrlHeads>();
        for (const [storageId, heads] of remembered) if (!acks.has(storageId)) acks.set(storageId, heads);
        this.#acks.set(id, acks);
        update();
      },
      (error: unknown) => this.#onError(error),
    );
    update();
  }

  /** Stops following every document. */
  stop(): void {
    this.#stopMetrics();
    for (const off of this.#watched.values()) off();
    this.#watched.clear();
  }

  #acknowledge(id: DocumentId, storageId: StorageId, heads: UrlHeads): void {
    const acks = this.#acks.get(id) ?? new Map<StorageId, UrlHeads>();
    acks.set(storageId, heads);
    this.#acks.set(id, acks);
    this.#store.save(id, acks).catch((error: unknown) => this.#onError(error));
  }

  #evaluate(handle: DocHandle<unknown>): void {
    const id = handle.documentId;
    let unshared = false;
    if (handle.isReady()) {
      const acks = this.#acks.get(id) ?? new Map<StorageId, UrlHeads>();
      for (const peer of this.#directory.relayPeers()) {
        const info = peer.storageId === undefined ? undefined : handle.getSyncInfo(peer.storageId);
        if (info !== undefined && peer.storageId !== undefined && !acks.has(peer.storageId))
          acks.set(peer.storageId, info.lastHeads);
      }
      this.#acks.set(id, acks);
      unshared = !isAcknowledged(handle.heads(), acks.values());
    }
    if (unshared) this.#unshared.add(id);
    else this.#unshared.delete(id);
    this.#count.set(this.#unshared.size);
  }
}
