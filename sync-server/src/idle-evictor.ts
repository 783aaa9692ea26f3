import type { DocumentId } from "@automerge/automerge-repo";
import type { Clock } from "./rate-limiter.js";
import type { RelayLogger } from "./relay-logger.js";

export interface IdleEvictionContext {
  /** Unload documents idle this long (W3.7). */
  readonly idleMs: number;
  readonly clock: Clock;
  /** Documents loaded and ready. */
  readonly loadedDocuments: () => DocumentId[];
  /** True while a connected client (not a mirror) syncs the document: it must stay live. */
  readonly hasInterestedPeer: (documentId: DocumentId) => boolean;
  /** Writes the document to storage and drops it from memory. */
  readonly unload: (documentId: DocumentId) => Promise<void>;
  readonly logger: RelayLogger;
}

export interface IdleEvictor {
  /** Records activity on a document (a peer's message about it, a load). */
  touch(documentId: DocumentId): void;
  /** Runs one scan now; resolves with the documents unloaded. */
  scan(): Promise<DocumentId[]>;
  stop(): void;
}

/**
 * Unloads documents nobody used for `idleMs` (PROTOCOL.md W3.7), so a relay's memory follows
 * what is in use, not everything it stores. Scans every `idleMs / 2` (at least every 50 ms).
 * A document first seen by a scan counts as active then.
 */
export function startIdleEviction(context: IdleEvictionContext): IdleEvictor {
  const lastActive = new Map<DocumentId, number>();
  let scanning: Promise<DocumentId[]> | undefined;

  const scanOnce = async (): Promise<DocumentId[]> => {
    const now = context.clock();
    const loaded = new Set(context.loadedDocuments());
    for (const id of lastActive.keys()) if (!loaded.has(id)) lastActive.delete(id);
    const unloaded: DocumentId[] = [];
    for (const id of loaded) {
      const last = lastActive.get(id);
      if (last === undefined) {
        lastActive.set(id, now);
        continue;
      }
      if (now - last < context.idleMs || context.hasInterestedPeer(id)) continue;
      try {
        await context.unload(id);
        lastActive.delete(id);
        unloaded.push(id);
        context.logger({ level: "info", event: "document-unloaded", documentId: id });
      } catch (error) {
        context.logger({ level: "error", event: "document-unload-failed", documentId: id, error: String(error) });
      }
    }
    return unloaded;
  };

  const scan = () => (scanning ??= scanOnce().finally(() => (scanning = undefined)));
  const timer = setInterval(() => void scan(), Math.max(50, Math.floor(context.idleMs / 2)));
  return {
    touch: (id) => lastActive.set(id, context.clock()),
    scan,
    stop: () => clearInterval(timer),
  };
}
