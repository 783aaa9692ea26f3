/**
 * A proposal's vote page opened from an assembly (PROTOCOL.md AS8): the address carries the
 * assembly, so opening a vote there offers its members present as the electorate — the one vote
 * flow, with one more choice.
 */
import type { RecordId } from "@chapterhouse/crdt/records";
import { voteHref } from "./home-items.js";

/** A record id (R2): 43 characters of unpadded base64url. */
const RECORD_ID = /^[A-Za-z0-9_-]{43}$/;

/** The vote page of `proposal` opened from `assembly`. Never throws. */
export function assemblyVoteHref(organisation: string, chapter: string, proposal: string, assembly: RecordId): string {
  return `${voteHref(organisation, chapter, proposal)}?assembly=${assembly}`;
}

/** The assembly an address's query names (`assembly=<id>`), or null when it names none or no id. Never throws. */
export function assemblyOfQuery(query: string): RecordId | null {
  const assembly = new URLSearchParams(query).get("assembly");
  return assembly !== null && RECORD_ID.test(assembly) ? (assembly as RecordId) : null;
}
