import { isObject, type ChapterId, type ParsedRecord } from "@chapterhouse/crdt/records";

/**
 * The root of the tree `chapter` says it is in (PROTOCOL.md M4.2, M4.3): follows `parent` through
 * the signature-valid geneses of the Organisation document, accepted by the fold or not yet, up
 * to the one whose parent is null. Undefined while a genesis of the chain is not held.
 *
 * Why not the roster: a newcomer's join link names a chapter, and a child's genesis cites records
 * of its parent's Chapter document (M4.5: member authority over the parent), so the fold refuses
 * it (`missing-deps`) until the device holds the documents above it, which it opens only once it
 * knows the root. Ids are hashes of their records, so nobody can make this chain lead elsewhere;
 * it only says which documents to open, and the fold still decides what counts. Never throws.
 */
export function claimedRoot(geneses: readonly ParsedRecord[], chapter: ChapterId): ChapterId | undefined {
  const parents = new Map<string, unknown>();
  for (const record of geneses) {
    const body = record.envelope.body;
    if (record.envelope.kind === "genesis" && isObject(body)) parents.set(record.id, body["parent"]);
  }
  const seen = new Set<string>();
  let current: string = chapter;
  while (parents.has(current) && !seen.has(current)) {
    seen.add(current);
    const parent = parents.get(current);
    if (parent === null) return current as ChapterId;
    if (typeof parent !== "string") return undefined;
    current = parent;
  }
  return undefined;
}
