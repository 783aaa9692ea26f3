/**
 * What importing a bundle would do to the local copies (PROTOCOL.md B5, B6.4), computed
 * entirely in memory before anything is written: each incoming document is merged into the
 * local copy, never put in its place, and every record the local copy held that the merge lost
 * is written back (`mergeKeepingRecords`): an import never loses a record.
 */
import * as A from "@automerge/automerge";
import type { BundledDocument } from "@chapterhouse/crdt/bundle";
import { mergeKeepingRecords } from "@chapterhouse/crdt/chokepoint";
import type { Verifier } from "@chapterhouse/crdt/verify";

/** What happens to one document. */
export type ImportOutcome =
  /** No local copy: the incoming document is written as it is. */
  | { readonly documentId: string; readonly status: "new"; readonly bytes: Uint8Array; readonly changes: number }
  /**
   * The local copy lacked `changes` changes of the incoming one: the merge is written, with the
   * `restored` records it would have lost written back.
   */
  | { readonly documentId: string; readonly status: "merged"; readonly bytes: Uint8Array; readonly changes: number; readonly restored: number }
  /** The local copy already holds every change: nothing is written. */
  | { readonly documentId: string; readonly status: "unchanged"; readonly changes: 0 };

/** A local copy that exists but does not load: the import is refused and nothing is written. */
export class LocalDocumentError extends Error {
  override readonly name = "LocalDocumentError";
}

/**
 * Plans the import of `incoming` (already decoded strictly, B3). `readLocal` returns a
 * document's local bytes, or undefined when there is none; `verifier` checks the signatures of
 * the records a local copy holds (B5).
 * @throws {LocalDocumentError} if a local copy does not load with `Automerge.load` (strict),
 *   so a damaged local file is never merged into, nor replaced.
 * @throws whatever `readLocal` or the verifier throws.
 */
export async function planImport(
  incoming: readonly BundledDocument[],
  readLocal: (documentId: string) => Promise<Uint8Array | undefined>,
  verifier: Verifier,
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
    if (A.hasHeads(local, A.getHeads(remote))) {
      outcomes.push({ documentId, status: "unchanged", changes: 0 });
      continue;
    }
    const kept = await mergeKeepingRecords(local, remote, verifier);
    const restored = kept.repaired.length;
    // The changes the local copy lacked: all that is new but the write-back's own.
    const changes = A.getChanges(local, kept.doc).length - (restored > 0 ? 1 : 0);
    outcomes.push({ documentId, status: "merged", bytes: A.save(kept.doc), changes, restored });
  }
  return outcomes;
}
