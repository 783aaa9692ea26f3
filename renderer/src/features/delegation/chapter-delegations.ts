/**
 * What a chapter's delegation records say now for one scope — the app's chapter scope
 * `{ chapter, subchapters: true }` (the chapter and the chapters below it, DG3), a topic of the
 * chapter or one of its proposals: each member's current record (DG2.5: the highest `seq`, ties by
 * the smaller id; an expired one leaves none), so the member's own choice and who chose them.
 */
import { currentDelegations, scopeKey, type DelegationScope } from "@chapterhouse/crdt/delegation";
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import type { DelegationEntry } from "./delegation-entries.js";

/** The scope the app sets for a chapter: it and the chapters below it. */
export function chapterScope(chapter: ChapterId): DelegationScope {
  return { chapter, subchapters: true };
}

/** A member's choice in a chapter, and who chose them there. */
export interface ChapterDelegations {
  /** Whom `member` chose: a key, null for "no one votes for me here", undefined for no record. */
  readonly mine: MemberKey | null | undefined;
  /** The highest `seq` of `member`'s records in this scope, expired or not (0 with none): the next record takes one more. */
  readonly lastSeq: number;
  /** Members whose current record names `member`, by key. */
  readonly chosenBy: readonly MemberKey[];
}

/** The delegations of `chapter` (its scope with the chapters below) seen by `member` at time `now` (ms). Never throws. */
export function chapterDelegations(
  entries: readonly DelegationEntry[],
  chapter: ChapterId,
  member: MemberKey,
  now: number,
): ChapterDelegations {
  return scopeDelegations(entries, chapterScope(chapter), member, now);
}

/** The delegations in `scope` (DG1.1: a chapter, a topic or a proposal) seen by `member` at time `now` (ms). Never throws. */
export function scopeDelegations(
  entries: readonly DelegationEntry[],
  scope: DelegationScope,
  member: MemberKey,
  now: number,
): ChapterDelegations {
  const key = scopeKey(scope);
  const here = entries.filter((entry) => scopeKey(entry.scope) === key);
  const standing = currentDelegations(here, [], () => true, now);
  const mine = standing.current.get(member)?.get(key);
  const chosenBy = [...standing.current]
    .filter(([signer, scopes]) => signer !== member && scopes.get(key)?.to === member)
    .map(([signer]) => signer)
    .sort();
  const lastSeq = Math.max(0, ...here.filter((entry) => entry.signer === member).map((entry) => entry.seq));
  return { mine: mine === undefined ? (lastSeq > 0 ? null : undefined) : mine.to, lastSeq, chosenBy };
}

/** A member's current record naming `member`, in any scope this chapter's document holds. */
export interface ChosenBy {
  readonly member: MemberKey;
  readonly scope: DelegationScope;
}

/** Who chose `member`, for which votes, at time `now` (ms): each signer's current record per scope naming them (DG2.5), by signer then scope. Never throws. */
export function chosenByScope(entries: readonly DelegationEntry[], member: MemberKey, now: number): ChosenBy[] {
  const standing = currentDelegations(entries, [], () => true, now);
  const out: ChosenBy[] = [];
  for (const [signer, scopes] of standing.current) {
    if (signer === member) continue;
    for (const record of scopes.values()) if (record.to === member) out.push({ member: signer, scope: record.scope });
  }
  return out.sort((a, b) => (a.member < b.member ? -1 : a.member > b.member ? 1 : scopeKey(a.scope) < scopeKey(b.scope) ? -1 : 1));
}
