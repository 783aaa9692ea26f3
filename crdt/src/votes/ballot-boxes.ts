/**
 * Where a vote's ballots go (PROTOCOL.md V2.5, V4.6): an open has one box per lowest-level chapter
 * its electorate's members belong to (DESIGN.md §3), split into k shards so a box holds about
 * 2,000 ballots; a member writes to the box of their own lowest chapter, the shard of their key.
 * Advice, not validity: a ballot counts in any box of its vote (V4.3).
 */
import type { ChapterId, MemberKey } from "../records/ids.js";
import { ancestorsOf } from "../membership/authority-deps.js";
import { subtreeOf } from "../membership/electorate.js";
import type { Roster } from "../membership/roster.js";
import { shardOf } from "./counted-hash.js";
import { MAX_BOXES, MAX_SHARDS, type BoxEntry, type OpenBody, type WeightEntry } from "./vote-bodies.js";
import { weightedElectorate, type WeightedMember } from "./vote-electorate.js";

/** Ballots one box is meant to hold at most (V2.5: one close's counted record lists at most 5,000). */
export const BALLOTS_PER_BOX = 2000;

/** One chapter's boxes in a vote about to open. */
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

/** The lowest of `chapters`: the deepest in the tree, ties by the smaller id; undefined if none. Never throws. */
export function lowestChapterOf(roster: Roster, chapters: readonly ChapterId[]): ChapterId | undefined {
  let lowest: ChapterId | undefined;
  let depth = -1;
  for (const id of [...chapters].sort()) {
    const d = ancestorsOf(roster, id).length;
    if (d > depth) [lowest, depth] = [id, d];
  }
  return lowest;
}

/**
 * The plan of a vote of `chapter` with `weights` over `roster` (V2.5, V3.3): its weighted
 * electorate, a box chapter per member's lowest chapter in the chapter's subtree, and the shards
 * for the largest. Never throws; a plan with more boxes than MAX_BOXES is returned as is (see
 * `planFits`).
 */
export function electoratePlan(roster: Roster, chapter: ChapterId, weights: readonly WeightEntry[]): ElectoratePlan {
  const entries = weightedElectorate(roster, chapter, weights);
  const chaptersOf = new Map<MemberKey, ChapterId[]>();
  for (const id of subtreeOf(roster, chapter)) {
    for (const key of roster.chapters.get(id)!.members.keys()) chaptersOf.set(key, [...(chaptersOf.get(key) ?? []), id]);
  }
  const homes = new Map<ChapterId, number>();
  for (const { member } of entries) {
    const home = lowestChapterOf(roster, chaptersOf.get(member) ?? []);
    if (home !== undefined) homes.set(home, (homes.get(home) ?? 0) + 1);
  }
  const boxChapters = [...homes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, members]) => ({ chapter: id, members }));
  const largest = Math.max(0, ...boxChapters.map((box) => box.members));
  return {
    entries,
    members: entries.length,
    weight: entries.reduce((sum, entry) => sum + entry.weight, 0),
    boxChapters,
    shards: Math.min(MAX_SHARDS, Math.max(1, Math.ceil(largest / BALLOTS_PER_BOX))),
  };
}

/** True when the plan fits in one open (V2.5: at most MAX_BOXES boxes). Never throws. */
export function planFits(plan: ElectoratePlan): boolean {
  return plan.boxChapters.length * plan.shards <= MAX_BOXES;
}

/**
 * The box `key` writes its ballots to (V4.6): of the member's direct chapters that have boxes in
 * the open, the lowest; its shard `shardOf(key, k)`, else that chapter's first box; a member of no
 * boxed chapter writes to the open's first box. Undefined only for an open with no boxes.
 * @throws {TypeError} if `key` is not a key (from `shardOf`).
 */
export function boxFor(open: Pick<OpenBody, "boxes">, roster: Roster, key: MemberKey): BoxEntry | undefined {
  const boxed = new Set(open.boxes.list.map((box) => box.chapter));
  const home = lowestChapterOf(roster, [...boxed].filter((id) => roster.chapters.get(id)?.members.has(key) === true));
  const shard = shardOf(key, open.boxes.shards);
  const ofHome = open.boxes.list.filter((box) => box.chapter === home);
  return ofHome.find((box) => box.shard === shard) ?? ofHome[0] ?? open.boxes.list[0];
}
