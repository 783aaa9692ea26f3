/**
 * A member's delegation for one vote (PROTOCOL.md DG3): the first scope, in precedence, where the
 * member has a current record — proposal, then topic, then the deciding chapter, then each ancestor
 * whose record includes its sub-chapters, nearest first. Pure; never throws.
 */
import type { ChapterId, MemberKey, ProposalId } from "../records/ids.js";
import type { CurrentDelegations, DelegateEntry } from "./current-delegations.js";
import { scopeKey, type DelegationScope } from "./delegation-bodies.js";

/** What a vote is, for DG3. */
export interface DelegationContext {
  readonly proposal: ProposalId;
  readonly chapter: ChapterId;
  /** The deciding chapter's ancestors in the roster reference, nearest first. */
  readonly ancestors: readonly ChapterId[];
  /** The open's `delegations.topic`. */
  readonly topic: string | null;
}

/** A member's delegation: to whom (with the record), none, or declined (DG3). */
export type Delegation = { readonly to: MemberKey; readonly record: DelegateEntry } | "none" | "declined";

/** The keys of the scopes that apply to a vote, in precedence (DG3). */
export function applicableScopes(context: DelegationContext): string[] {
  const { proposal, chapter, topic, ancestors } = context;
  const scopes: DelegationScope[] = [
    { proposal },
    ...(topic === null ? [] : [{ chapter, topic }]),
    { chapter, subchapters: false },
    { chapter, subchapters: true },
    ...ancestors.map((ancestor) => ({ chapter: ancestor, subchapters: true })),
  ];
  return scopes.map(scopeKey);
}

/** DG3: the member's delegation, given the scopes of `applicableScopes` and the current records. */
export function delegationOf(member: MemberKey, scopes: readonly string[], standing: CurrentDelegations): Delegation {
  const mine = standing.current.get(member);
  if (mine === undefined) return "none";
  for (const key of scopes) {
    const record = mine.get(key);
    if (record === undefined) continue;
    if (record.to === null) return "none";
    return standing.declined.has(record.id) ? "declined" : { to: record.to, record };
  }
  return "none";
}
