import type { DocumentSnapshot } from "@chapterhouse/crdt/chokepoint";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { withVerifiedIds, type WorkerContext } from "./worker-context.js";

/** A document as crdt's readers take it: its URL and the worker's snapshot of it. */
export type SnapshotAt = (url: DocumentUrl) => { readonly url: DocumentUrl; readonly snapshot: DocumentSnapshot };

/**
 * `read` over the worker's copies of `urls`, computed once per change of them: kept in the
 * results under `name` and the documents' heads (the key, which the answer carries so a screen
 * knows when it changed), with the documents' verified ids loaded first (S8, `withVerifiedIds`).
 * @throws whatever `read` throws; {MirrorMissing} if a copy of `urls` is not held.
 */
export function readOnce<T>(context: WorkerContext, name: string, urls: readonly DocumentUrl[], read: (at: SnapshotAt, key: string) => Promise<T>): Promise<T> {
  const key = `${name} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  const at: SnapshotAt = (url) => ({ url, snapshot: context.mirrors.snapshot(url) });
  return context.results.get(key, () => withVerifiedIds(context, urls, () => read(at, key))) as Promise<T>;
}
