import type { RecordId } from "@chapterhouse/crdt/records";
import type { VerifiedIdCache } from "./verified-id-cache.js";

/**
 * Record ids whose signature verified in this page (PROTOCOL.md S8), so re-reading a document
 * after each change checks only new signatures. Memory only: a reload verifies again.
 */
export function createVerifiedIdSet(): VerifiedIdCache {
  const ids = new Set<RecordId>();
  return { has: (id) => ids.has(id), add: (id) => void ids.add(id) };
}
