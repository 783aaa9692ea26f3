/**
 * Who may start or widen a conversation's epochs (PROTOCOL.md PVC3): the authorise step of its key
 * records, before PV6 reads them. The first epoch is its creator's; every later key record is
 * signed by a member of an epoch it cites. So a relay, or anyone else who knows the document, can
 * write lockboxes but never make an epoch its members count. Pure; never throws on content.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { parseScopeKeyBody, type ScopeKeyBody } from "../private/scope-key-body.js";
import type { Conversation } from "./conversation-scope.js";

/** A private scope and the member who alone may start its first epoch (PVC3.1, CH12.2). */
export type PrivateOwner = Pick<Conversation, "scope" | "creator">;

/** The key records that count, and why the others do not. */
export interface ConversationKeyAuthority {
  /** Sorted by id. */
  readonly accepted: readonly ParsedRecord[];
  /** Sorted by id. */
  readonly rejected: readonly { readonly id: RecordId; readonly detail: string }[];
}

/**
 * Judges a conversation's `scope-key` records (PVC3), each id once, in any order.
 * @param records the key records the reader opened (PV8.4), signatures checked.
 */
export function authoriseConversationKeys(conversation: PrivateOwner, records: readonly ParsedRecord[]): ConversationKeyAuthority {
  const unique = [...new Map(records.map((record) => [record.id, record])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const bodies = new Map<RecordId, ScopeKeyBody>();
  const rejected: { id: RecordId; detail: string }[] = [];
  for (const record of unique) {
    const parsed = record.envelope.kind === "scope-key" ? parseScopeKeyBody(record.envelope.body) : undefined;
    if (parsed === undefined || !parsed.ok) rejected.push({ id: record.id, detail: "[PVC3] not a well-formed key record" });
    else if (parsed.body.scope !== conversation.scope) rejected.push({ id: record.id, detail: "[PVC3] a key record of another conversation" });
    else bodies.set(record.id, parsed.body);
  }
  const counts = new Map<RecordId, boolean>();
  // Deps form a hash-linked graph with no cycle: decide each record once what it cites is decided.
  let progress = true;
  while (progress) {
    progress = false;
    for (const record of unique) {
      const body = bodies.get(record.id);
      if (body === undefined || counts.has(record.id)) continue;
      const cited = record.envelope.deps.filter((dep) => bodies.has(dep));
      if (cited.some((dep) => !counts.has(dep))) continue;
      counts.set(record.id, decide(conversation, record.envelope.signer, cited, bodies, counts));
      progress = true;
    }
  }
  for (const record of unique) if (bodies.has(record.id) && counts.get(record.id) !== true) rejected.push({ id: record.id, detail: "[PVC3] its signer may not start or widen this epoch" });
  return { accepted: unique.filter((record) => counts.get(record.id) === true), rejected: rejected.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/** PVC3.1–PVC3.2 for one record whose cited key records are decided. */
function decide(conversation: PrivateOwner, signer: MemberKey, cited: readonly RecordId[], bodies: ReadonlyMap<RecordId, ScopeKeyBody>, counts: ReadonlyMap<RecordId, boolean>): boolean {
  if (cited.length === 0) return signer === conversation.creator;
  return cited.some((dep) => counts.get(dep) === true && signer in bodies.get(dep)!.sealed);
}
