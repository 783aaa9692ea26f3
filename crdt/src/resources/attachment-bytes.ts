/**
 * A resource's file read from its Attachment document (PROTOCOL.md RS3.3): every value at `bytes`,
 * the first of the signed size whose SHA-256 is the signed hash. Never throws on content.
 */
import * as A from "@automerge/automerge";
import { hashBytes } from "../encoding/hash.js";
import type { ResourceFile } from "./resource-body.js";

/** The file as a device holds it: intact, damaged (some bytes, none matching), or missing (none yet). */
export type AttachmentRead = { readonly state: "intact"; readonly bytes: Uint8Array } | { readonly state: "damaged" } | { readonly state: "missing" };

/** Every value stored at the root's `bytes`, conflicts included (as D3.3 reads a key). */
function valuesAtBytes(doc: A.Doc<unknown>): unknown[] {
  const conflicts = A.getConflicts(doc, "bytes");
  if (conflicts !== undefined) return Object.values(conflicts);
  const root = doc as { readonly bytes?: unknown };
  return root.bytes === undefined ? [] : [root.bytes];
}

/** `file`'s bytes in `doc` (RS3.3). Never throws on content. */
export function attachmentBytes(doc: A.Doc<unknown>, file: Pick<ResourceFile, "size" | "hash">): AttachmentRead {
  const values = valuesAtBytes(doc);
  const intact = values.find((value): value is Uint8Array => value instanceof Uint8Array && value.length === file.size && hashBytes(value) === file.hash);
  if (intact !== undefined) return { state: "intact", bytes: intact };
  return values.length === 0 ? { state: "missing" } : { state: "damaged" };
}
