import * as A from "@automerge/automerge";
import { mapNames, type DocumentType } from "./document-type.js";

/** Options for the document constructors. */
export interface CreateDocumentOptions {
  /**
   * The Automerge actor id (hex) for this device's changes. When omitted Automerge picks a
   * random one: the only randomness involved, and Automerge's own.
   */
  readonly actor?: string;
}

/**
 * Creates a document of a type at its current schema (D1): `schema`, one empty map per record
 * map, and `unsigned` with the given initial content. The change carries no timestamp (no
 * wall clock in the core).
 * @throws {TypeError} (from Automerge) if the actor id is not hex, or `unsigned` holds a value
 *   Automerge cannot store.
 */
export function createDocument<T>(type: DocumentType, unsigned: Record<string, unknown>, options: CreateDocumentOptions = {}): A.Doc<T> {
  const empty = options.actor === undefined ? A.init<T>() : A.init<T>({ actor: options.actor });
  return A.change(empty, { message: `create ${type.name}`, time: undefined }, (d) => {
    const proxy = d as unknown as Record<string, unknown>;
    proxy["schema"] = type.schema;
    for (const map of mapNames(type)) proxy[map] = {};
    proxy["unsigned"] = unsigned;
  });
}
