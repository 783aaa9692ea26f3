/**
 * One document this device follows (PROTOCOL.md D1, D3): found in the Repo (from storage, another
 * tab, or a relay it is announced to), brought up to its type's schema once it is ready (D1.2),
 * and observed: every change of its heads or of where it stands is told to the listeners.
 */
import type { AutomergeUrl, DocHandle, Repo } from "@automerge/automerge-repo";
import type { DocumentType } from "@chapterhouse/crdt/documents";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { migrateHandle } from "./migrate-handle.js";

/** Where a document stands on this device. */
export type DocumentState = "loading" | "ready" | "unavailable";

/** A document to follow. */
export interface DocumentRequest {
  readonly url: DocumentUrl;
  readonly type: DocumentType;
  /** The organisation (its Organisation document's URL) whose relays hear of it, or EVERYWHERE. */
  readonly scope: string;
  /** How to find its handle, when not `repo.find` (the Home document's shared genesis). */
  readonly find?: () => Promise<DocHandle<unknown>>;
}

/** A followed document: its handle once found, its state, and who listens. */
export class FollowedDocument {
  readonly url: DocumentUrl;
  readonly type: DocumentType;
  readonly scope: string;
  #handle: DocHandle<unknown> | undefined;
  #state: DocumentState = "loading";
  readonly #listeners = new Set<() => void>();
  readonly #settled: Promise<void>;
  #off: (() => void) | undefined;
  #closed = false;

  /**
   * Starts finding the document through `schedule`, which runs the find when its turn comes; a
   * failure to find it makes it unavailable and goes to `onError`.
   */
  constructor(request: DocumentRequest, repo: Repo, onError: (error: unknown) => void, schedule: (find: () => Promise<DocHandle<unknown>>) => Promise<DocHandle<unknown>>) {
    this.url = request.url;
    this.type = request.type;
    this.scope = request.scope;
    const find = request.find ?? (() => repo.find<unknown>(request.url as unknown as AutomergeUrl, { allowableStates: ["ready", "unavailable"] }));
    this.#settled = schedule(find).then(
      (handle) => this.#attach(handle, onError),
      (error: unknown) => {
        this.#state = "unavailable";
        onError(error);
        this.#changed();
      },
    );
  }

  /** Where it stands. */
  get state(): DocumentState {
    return this.#state;
  }

  /** Its handle once ready (undefined before, or while unavailable). */
  get handle(): DocHandle<unknown> | undefined {
    return this.#state === "ready" ? this.#handle : undefined;
  }

  /** Resolves once it is no longer loading (never rejects). */
  get settled(): Promise<void> {
    return this.#settled;
  }

  /** Calls `listener` after every change of its heads or state; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops observing the handle. */
  close(): void {
    this.#closed = true;
    this.#off?.();
    this.#listeners.clear();
  }

  #attach(handle: DocHandle<unknown>, onError: (error: unknown) => void): void {
    if (this.#closed) return;
    this.#handle = handle;
    const update = (): void => {
      if (handle.isReady() && this.#state !== "ready") {
        try {
          migrateHandle(this.type, handle);
        } catch (error) {
          onError(error);
        }
        this.#state = "ready";
      }
      this.#changed();
    };
    handle.on("heads-changed", update);
    this.#off = () => handle.off("heads-changed", update);
    this.#state = handle.isReady() ? "loading" : "unavailable";
    // "heads-changed" can fire just before the handle turns ready (a document arriving in one
    // update from a relay or an imported file): look again once it is ready.
    if (!handle.isReady()) handle.whenReady().then(update, () => undefined);
    update();
  }

  #changed(): void {
    if (this.#closed) return;
    for (const listener of [...this.#listeners]) listener();
  }
}
