import * as A from "@automerge/automerge";
import { concatBytes } from "../encoding/concat-bytes.js";
import { readSyncMessage } from "./read-sync-message.js";

/**
 * Loads the document a sync message carries whole (W9.1): an Automerge sync message whose
 * `changes` are a whole document's chunks, as automerge 3.5's `generateSyncMessage` answers a
 * peer that has nothing (one `Automerge.save` chunk) and as the relay answers it from its store
 * (W1.8: its stored chunks). The chunks are loaded with `Automerge.load`, which builds the
 * document without the patches `receiveSyncMessage` computes and applies for every value; the
 * message is read by `readSyncMessage`, which leaves the chunks where they arrived.
 * Undefined, so that the stock path handles the message, when it is not such a message: it does
 * not decode, has no changes or no heads, its chunks do not load together (a change missing its
 * dependencies, bytes that are no chunk), or the document they make does not have exactly the
 * heads the message names. Never throws.
 */
export function loadWholeDocument(data: Uint8Array): A.Doc<unknown> | undefined {
  const message = readSyncMessage(data);
  if (message === undefined) return undefined;
  if (message.changes.length === 0 || message.heads.length === 0) return undefined;
  let doc: A.Doc<unknown>;
  try {
    doc = A.load(message.changes.length === 1 ? message.changes[0]! : concatBytes(message.changes));
  } catch {
    return undefined;
  }
  if (!sameHeads(A.getHeads(doc), message.heads)) return undefined;
  return doc;
}

function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return [...a].sort().every((head, i) => head === sorted[i]);
}

