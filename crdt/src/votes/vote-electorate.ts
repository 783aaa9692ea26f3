/**
 * The weighted electorate of an open (PROTOCOL.md V3.3): the electorate of the deciding chapter in
 * the roster of the open's roster reference (M11.3), each member weighing the highest weight of a
 * listed chapter it is a member of (M11.1: of that chapter or one below it), 1 when none is listed.
 */
import type { ChapterId, MemberKey } from "../records/ids.js";
import { subtreeOf } from "../membership/electorate.js";
import { forEachMemberInKeyOrder } from "../membership/members-in-key-order.js";
import type { Roster } from "../membership/roster.js";
import type { WeightEntry } from "./vote-bodies.js";

/** One voter and its weight. */
export interface WeightedMember {
  readonly member: MemberKey;
  readonly weight: number;
}

/** The weighted electorate, sorted by member key. Empty if the chapter is not in the roster. Never throws. */
export function weightedElectorate(roster: Roster, chapter: ChapterId, weights: readonly WeightEntry[]): WeightedMember[] {
  const listed = new Map<ChapterId, number>(weights.map((entry) => [entry.chapter, entry.weight]));
  const chapterWeight = new Map<ChapterId, number>();
  // A chapter weighs the most of its own listed weight and its ancestors' (a member of it is a
  // member of every chapter above it), at least 1.
  const weightOf = (id: ChapterId): number => {
    const known = chapterWeight.get(id);
    if (known !== undefined) return known;
    let weight = 1;
    for (let at: ChapterId | null = id; at !== null; at = roster.chapters.get(at)?.parent ?? null) {
      weight = Math.max(weight, listed.get(at) ?? 1);
    }
    chapterWeight.set(id, weight);
    return weight;
  };
  const members: WeightedMember[] = [];
  forEachMemberInKeyOrder(roster, subtreeOf(roster, chapter), (member, chapters) => {
    let weight = 1;
    for (const id of chapters) weight = Math.max(weight, weightOf(id));
    members.push({ member, weight });
  });
  return members;
}
