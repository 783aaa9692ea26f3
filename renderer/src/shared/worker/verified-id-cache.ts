import type { RecordId } from "@chapterhouse/crdt/records";

/** Record ids whose signatures verified, kept by the caller across reads (S8). */
export interface VerifiedIdCache {
  has(id: RecordId): boolean;
  add(id: RecordId): void;
}
