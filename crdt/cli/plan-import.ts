/**
 * What importing a bundle would do to the local copies (PROTOCOL.md B5, B6.4), computed
 * entirely in memory before anything is written: each incoming document is merged into the
 * local copy with `Automerge.merge`, never put in its place.
 */
import * as A from "@automerge/automerge";
import type { BundledDocument } from "@chapterhouse/crdt";

/** What happens to one document. */
export type ImportOutcome =
  /** No local copy: the incoming document is written as it is. */
  | { readonly documentId: string; readonly status: "new"; readonly bytes: Uint8Array; readonly changes: number }
  /** The local copy lacked `changes` changes of the incoming one: the merge is written. */
  | { readonly documentId: string; readonly status: "merged"; readonly bytes: Uint8Array; readonly changes: number }
  /** The local copy already holds every change: nothing is written. */
  | { readonly documentId: string; readonly status: "unchanged"; readonly changes: 0 };

/** A local copy that exists but does not load: the import is refused and nothing is written. */
export class LocalDocumentError extends Error {
  override readonly name = "LocalDocumentError";
}

/**
 * Plans the import of `incoming` (already decoded strictly, B3). `readLocal` returns a
 * document's local bytes, or undefined when there is none.
 * @throws {LocalDocumentError} if a local copy does not load with `Automerge.load` (strict),
 *   so a damaged local file is never merged into, nor replaced.
 * @throws whatever `readLocal` throws.
 */
export async function planImport(
  incoming: readonly BundledDocument[],
  readLocal: (documentId: string) => Promise<Uint8Array | undefined>,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const { documentId, bytes } of incoming) {
    const remote = A.load(bytes);
    const localBytes = await readLocal(documentId);
    if (localBytes === undefined) {
      outcomes.push({ documentId, status: "new", bytes, changes: A.getAllChanges(remote).length });
      continue;
    }
    let local: A.Doc<unknown>;
    try {
      local = A.load(localBytes);
    } catch (error) {
      throw new LocalDocumentError(`the local copy of ${documentId} does not load (${error instanceof Error ? error.message : String(error)})`);
    }
    // merge updates its first argument in place; keep `local` intact to count what was added.
    const merged = A.merge(A.clone(local), remote);
    const added = A.getChanges(local, merged).length;
    if (added === 0) {
      outcomes.push({ documentId, status: "unchanged", changes: 0 });
    } else {
      outcomes.push({ documentId, status: "merged", bytes: A.save(merged), changes: added });
    }
  }
  return outcomes;
}
