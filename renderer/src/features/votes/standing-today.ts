/**
 * Good standing counted before a vote opens (PROTOCOL.md DU8.8): of the electorate the form
 * previews, who is paid up to today (DU8.4, today standing for the open's day) and who is not,
 * with the date they are paid up to. Pure; never throws.
 */
import type { Excluded } from "@chapterhouse/crdt/dues";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { WeightedMember } from "@chapterhouse/crdt/votes";

/** The electorate split by standing on `day`. */
export interface StandingToday {
  /** Members paid up to `day` or later, and their weight. */
  readonly members: number;
  readonly weight: number;
  /** The others, by member (as the report lists them, DU8.6). */
  readonly excluded: readonly Excluded[];
}

/** `entries` split by whether their paid-up date (`paidUp`, absent: never paid) is at or after `day` (dates compare as text). */
export function standingToday(entries: readonly WeightedMember[], paidUp: ReadonlyMap<MemberKey, string>, day: string): StandingToday {
  let members = 0;
  let weight = 0;
  const excluded: Excluded[] = [];
  for (const { member, weight: own } of entries) {
    const until = paidUp.get(member) ?? null;
    if (until !== null && until >= day) {
      members += 1;
      weight += own;
    } else excluded.push({ member, weight: own, paidUntil: until });
  }
  excluded.sort((a, b) => (a.member < b.member ? -1 : a.member > b.member ? 1 : 0));
  return { members, weight, excluded };
}
