/**
 * What opening a vote would fix about who votes and where ballots go (PROTOCOL.md V2, V3.3,
 * V4.6): the weighted electorate through the core's `weightedElectorate` over this device's
 * membership fold, and the ballot boxes — one per lowest-level chapter a member of the electorate
 * belongs to (DESIGN.md §3), split into k shards so a box holds about 2,000 ballots (V2.5).
 */
import { MAX_BOXES, MAX_SHARDS, subtreeOf, weightedElectorate, type ChapterId, type Roster, type WeightEntry, type WeightedMember } from "@chapterhouse/crdt";
import { ancestorsOf } from "../organisation/index.js";

/** Ballots one box is meant to hold at most (V2.5: a close's counted record lists ≤ 5,000). */
export const BALLOTS_PER_BOX = 2000;

/** One chapter's boxes. */
export interface BoxChapter {
  readonly chapter: ChapterId;
  /** Members of the electorate whose lowest chapter it is. */
  readonly members: number;
}

/** The electorate and the boxes of a vote about to open. */
export interface ElectoratePlan {
  readonly entries: readonly WeightedMember[];
  readonly members: number;
  /** Total weight. */
  readonly weight: number;
  /** The chapters that get boxes, by id. */
  readonly boxChapters: readonly BoxChapter[];
  /** k: shards per chapter. */
  readonly shards: number;
}

/**
 * The lowest of `chapters` (a member's direct chapters): the deepest in the tree, ties by the
 * smaller id; undefined if none. Never throws.
 */
export function lowestChapterOf(roster: Roster, chapters: readonly ChapterId[]): ChapterId | undefined {
  let best: ChapterId | undefined;
  let depth = -1;
  for (const id of [...chapters].sort()) {
    const d = ancestorsOf(roster, id).length;
    if (d > depth) {
      best = id;
      depth = d;
    }
  }
  return best;
}

/**
 * The plan for a vote of `chapter` with `weights`. Never throws; a plan with more boxes than
 * MAX_BOXES is returned as is (the open's parser refuses it, with a message).
 */
export function electoratePlan(roster: Roster, chapter: ChapterId, weights: readonly WeightEntry[]): ElectoratePlan {
  const entries = weightedElectorate(roster, chapter, weights);
  const homes = new Map<ChapterId, number>();
  const chaptersOf = new Map<string, ChapterId[]>();
  for (const id of roster.chapters.keys()) {
    for (const key of roster.chapters.get(id)!.members.keys()) {
      const list = chaptersOf.get(key);
      if (list === undefined) chaptersOf.set(key, [id]);
      else list.push(id);
    }
  }
  const inTree = new Set<ChapterId>(subtreeOf(roster, chapter));
  for (const { member } of entries) {
    const home = lowestChapterOf(roster, (chaptersOf.get(member) ?? []).filter((id) => inTree.has(id)));
    if (home !== undefined) homes.set(home, (homes.get(home) ?? 0) + 1);
  }
  const boxChapters = [...homes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, members]) => ({ chapter: id, members }));
  const biggest = boxChapters.reduce((max, box) => Math.max(max, box.members), 0);
  const shards = Math.min(MAX_SHARDS, Math.max(1, Math.ceil(biggest / BALLOTS_PER_BOX)));
  return {
    entries,
    members: entries.length,
    weight: entries.reduce((sum, entry) => sum + entry.weight, 0),
    boxChapters,
    shards,
  };
}

/** True when the plan fits in one open (V2.5). */
export function planFits(plan: ElectoratePlan): boolean {
  return plan.boxChapters.length * plan.shards <= MAX_BOXES;
}
