/**
 * A member's delegation for the votes on one proposal, as its page shows it (PROTOCOL.md DG3): the
 * choice made for this proposal alone, the one that applies (the proposal's own, else the deciding
 * chapter's, else an ancestor's that includes its sub-chapters, as a vote's verifier takes them),
 * and whose votes on it come to the member — the weight their ballot carries when those members do
 * not vote, with one level of delegation (the default a vote opens with, DG1.4). Pure; never throws.
 */
import { applicableScopes, currentDelegations, delegationOf, scopeKey, type Delegation, type DelegationContext } from "@chapterhouse/crdt/delegation";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { DelegationEntry } from "./delegation-entries.js";

/** What the proposal page says of `member`'s delegation. */
export interface ProposalDelegation {
  /** Whom the member chose for this proposal alone: a key, null for "no one", undefined for no record. */
  readonly here: MemberKey | null | undefined;
  /** The highest `seq` of the member's records for this proposal (0 with none): the next takes one more (DG2.5). */
  readonly lastSeq: number;
  /** The delegation a vote on the proposal takes for the member (DG3), and whether it is the proposal's own record. */
  readonly applies: Delegation;
  readonly fromProposal: boolean;
  /** Members whose delegation for this proposal names the member, by key. */
  readonly carried: readonly MemberKey[];
}

/** `member`'s delegation for the votes on `context.proposal`, from the current records of `entries` at `now` (ms). */
export function proposalDelegation(entries: readonly DelegationEntry[], context: Omit<DelegationContext, "topic">, member: MemberKey, now: number): ProposalDelegation {
  const scopes = applicableScopes({ ...context, topic: null });
  const standing = currentDelegations(entries, [], () => true, now);
  const own = scopeKey({ proposal: context.proposal });
  const record = standing.current.get(member)?.get(own);
  const lastSeq = Math.max(0, ...entries.filter((entry) => entry.signer === member && scopeKey(entry.scope) === own).map((entry) => entry.seq));
  const applies = delegationOf(member, scopes, standing);
  const carried = [...standing.current.keys()].filter((signer) => {
    if (signer === member) return false;
    const theirs = delegationOf(signer, scopes, standing);
    return typeof theirs === "object" && theirs.to === member;
  });
  return {
    here: record === undefined ? (lastSeq > 0 ? null : undefined) : record.to,
    lastSeq,
    applies,
    fromProposal: typeof applies === "object" && scopeKey(applies.record.scope) === own,
    carried: carried.sort(),
  };
}
