import * as A from "@automerge/automerge";
import { loadWholeDocument } from "./whole-document-message.js";

/** What the intake needs of automerge-repo's `DocHandle` (2.5.6): its state, and `update`. */
export interface ReceivingHandle {
  inState(states: ("requesting" | "unavailable")[]): boolean;
  update(callback: (doc: A.Doc<unknown>) => A.Doc<unknown>): void;
}

/** A message of automerge-repo's network, as an adapter emits it to its Repo. */
export interface RepoMessage {
  readonly type: string;
  readonly documentId?: string;
  readonly data?: Uint8Array;
}

/**
 * A device's cold sync (PROTOCOL.md W9.1), between its network adapter and its Repo: a `sync`
 * message carrying a whole document (`loadWholeDocument`) for a document the device holds
 * nothing of — its handle is requesting it, or was told no peer had it (unavailable), and a peer
 * that has it now answers — puts the loaded document into the handle at once and is consumed:
 * undefined is returned, and the Repo never applies it. The handle then runs automerge-repo's
 * own diff and becomes ready, the Repo stores the document, and its synchronizer, seeing the
 * change, sends the sender its heads as after any change (so the sender's Repo syncs with the
 * device from then on). The Repo must not apply the message after the handle holds its
 * document: Automerge would take the sender's heads, equal to its own before the message, for
 * heads it had already sent, and answer nothing. Every other message is returned as it came,
 * for the Repo's own path.
 */
export function takeWholeDocument<M extends RepoMessage>(
  message: M,
  handleOf: (documentId: string) => ReceivingHandle | undefined,
): M | undefined {
  if (
    message.type !== "sync" ||
    typeof message.documentId !== "string" ||
    !(message.data instanceof Uint8Array)
  )
    return message;
  const handle = handleOf(message.documentId);
  if (handle === undefined || !handle.inState(["requesting", "unavailable"])) return message;
  const whole = loadWholeDocument(message.data);
  if (whole === undefined) return message;
  let taken = false;
  handle.update((doc) => {
    // A requesting or unavailable handle holds the empty document; anything else is left to the Repo.
    if (A.getHeads(doc).length > 0) return doc;
    taken = true;
    return whole;
  });
  return taken ? undefined : message;
}
