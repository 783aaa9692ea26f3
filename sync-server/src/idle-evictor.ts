import type { DocumentId } from "@automerge/automerge-repo";
import type { Clock } from "./rate-limiter.js";
import type { RelayLogger } from "./relay-logger.js";

export interface IdleEvictionContext {
  /** Unload documents idle this long (W3.7); 0: only to make room (W3.9). */
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
  /**
   * Unloads documents no client syncs, least recently active first, until `enough()` or none
   * is left (W3.9); resolves with the documents unloaded.
   */
  makeRoom(enough: () => boolean): Promise<DocumentId[]>;
  stop(): void;
}

/**
 * Unloads documents nobody used for `idleMs` (PROTOCOL.md W3.7), so a relay's memory follows
 * what is in use, not everything it stores, and unloads the least recently used ones early
 * when the relay must make room (W3.9). Scans every `idleMs / 2` (at least every 50 ms; never
 * if `idleMs` is 0). A document first seen by a scan counts as active then. Scans and making
 * room run one at a time.
 */
export function startIdleEviction(context: IdleEvictionContext): IdleEvictor {
  const lastActive = new Map<DocumentId, number>();
  let busy: Promise<unknown> = Promise.resolve();
  let scanning: Promise<DocumentId[]> | undefined;

  /** The loaded documents with their last activity, a document first seen counting as active now. */
  const loadedByActivity = (): [DocumentId, number][] => {
    const now = context.clock();
    const loaded = new Set(context.loadedDocuments());
    for (const id of lastActive.keys()) if (!loaded.has(id)) lastActive.delete(id);
    for (const id of loaded) if (!lastActive.has(id)) lastActive.set(id, now);
    return [...lastActive.entries()].sort(([, a], [, b]) => a - b);
  };

  /** Unloads the candidates (oldest activity first) that `wanted` accepts, while `more()`. */
  const unloadWhile = async (candidates: [DocumentId, number][], wanted: (last: number) => boolean, more: () => boolean) => {
    const unloaded: DocumentId[] = [];
    for (const [id, last] of candidates) {
      if (!more()) break;
      if (!wanted(last) || context.hasInterestedPeer(id)) continue;
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

  const serially = <T>(run: () => Promise<T>): Promise<T> => {
    const result = busy.then(run, run);
    busy = result.catch(() => undefined);
    return result;
  };

  const scan = () =>
    (scanning ??= serially(() => {
      const now = context.clock();
      const seen = new Set(lastActive.keys());
      // Documents first seen by this scan start their idle time now.
      const candidates = loadedByActivity().filter(([id]) => seen.has(id));
      return unloadWhile(candidates, (last) => now - last >= context.idleMs, () => true);
    }).finally(() => (scanning = undefined)));
  const timer = context.idleMs > 0 ? setInterval(() => void scan(), Math.max(50, Math.floor(context.idleMs / 2))) : undefined;
  return {
    touch: (id) => lastActive.set(id, context.clock()),
    scan,
    makeRoom: (enough) => serially(() => unloadWhile(loadedByActivity(), () => true, () => !enough())),
    stop: () => clearInterval(timer),
  };
}
