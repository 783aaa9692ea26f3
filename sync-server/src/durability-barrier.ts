import type { DocumentId } from "@automerge/automerge-repo";

/** A save of one document in progress, and the one queued to start after it. */
interface Slot {
  running: Promise<void>;
  next: Promise<void> | undefined;
}

/**
 * Makes "the relay showed it to someone" imply "it survives the relay being killed"
 * (PROTOCOL.md W5.6): before a sync message about a document goes out, `whenDurable` saves
 * what the relay holds of that document. A save covers everything the document held when it
 * started, so a call waits for one save that starts after it: the one running if none was
 * running yet, else the next one, which every caller arriving meanwhile shares (a steady
 * stream of changes is saved in groups, and never waits for more than the save in flight and
 * its own). Saves of one document run one at a time.
 */
export class DurabilityBarrier {
  readonly #slots = new Map<DocumentId, Slot>();

  /**
   * @param save writes what the relay holds of a document to storage, resolving once it is
   *   durable (W5.2). If it fails, the barrier lets the message go anyway: the failure is the
   *   store's to report, and the peers keep their own copies (local-first).
   */
  constructor(private readonly save: (documentId: DocumentId) => Promise<void>) {}

  /** Resolves once everything the relay held of `documentId` at the call is durable. Never rejects. */
  whenDurable(documentId: DocumentId): Promise<void> {
    const slot = this.#slots.get(documentId);
    if (slot === undefined) return this.#start(documentId);
    return (slot.next ??= slot.running.then(() => this.#start(documentId)));
  }

  #start(documentId: DocumentId): Promise<void> {
    const slot: Slot = { running: Promise.resolve(), next: undefined };
    slot.running = this.save(documentId)
      .catch(() => undefined)
      .then(() => {
        if (this.#slots.get(documentId) === slot && slot.next === undefined) this.#slots.delete(documentId);
      });
    this.#slots.set(documentId, slot);
    return slot.running;
  }
}
