import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChapterId, DocumentUrl, MemberKey } from "../records/ids.js";
import type { ChapterRoster, Roster } from "../membership/roster.js";
import { weightedElectorate } from "./vote-electorate.js";

/** A tree of `count` chapters (chapter i below chapter ⌊i/2⌋), members drawn from `memberships`, each chapter's in key order or not. */
function treeRoster(count: number, memberships: readonly (readonly [number, string])[], sorted: boolean): { roster: Roster; ids: ChapterId[] } {
  const ids = Array.from({ length: count }, (_, i) => `c${String.fromCharCode(0x5a - ((i * 5) % 26))}${i}` as ChapterId);
  const chapters = new Map<ChapterId, ChapterRoster>();
  ids.forEach((id, i) => {
    const keys = [...new Set(memberships.filter(([c]) => c === i).map(([, key]) => key))];
    if (sorted) keys.sort();
    chapters.set(id, {
      id,
      name: id,
      level: "neighbourhood",
      parent: i === 0 ? null : ids[Math.floor(i / 2)]!,
      place: null,
      document: "automerge:x" as DocumentUrl,
      admission: { sponsors: 0, countersign: false },
      founders: [],
      children: ids.filter((_, j) => j > 0 && Math.floor(j / 2) === i),
      members: new Map(keys.map((key) => [key as MemberKey, { key: key as MemberKey, grant: id, founder: false }])),
      roles: [],
      invites: [],
    });
  });
  return { roster: { chapters }, ids };
}

/** V3.3 by its definition: each key within `chapter` once, sorted, weighing the most of any listed chapter it is a member of (itself or an ancestor of a chapter it is in), at least 1. */
function weightedByDefinition(roster: Roster, chapter: ChapterId, weights: readonly { chapter: ChapterId; weight: number }[]): { member: string; weight: number }[] {
  const ancestors = (id: ChapterId): ChapterId[] => {
    const out: ChapterId[] = [];
    for (let at: ChapterId | null = id; at !== null; at = roster.chapters.get(at)!.parent) out.push(at);
    return out;
  };
  const weightOf = new Map<string, number>();
  for (const [id, entry] of roster.chapters) {
    if (!ancestors(id).includes(chapter)) continue;
    const listed = Math.max(1, ...weights.filter((w) => ancestors(id).includes(w.chapter)).map((w) => w.weight));
    for (const key of entry.members.keys()) weightOf.set(key, Math.max(weightOf.get(key) ?? 1, listed));
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...weightOf.keys()].sort(byText).map((member) => ({ member, weight: weightOf.get(member)! }));
}

describe("the weighted electorate", () => {
  it("[V3.3] is each member of the chapter or below it once, sorted by key, at the highest listed weight of its chapters and their ancestors", () => {
    const unit = fc.constantFrom("a", "b", "c", "é", "😀", "A");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.string({ unit, minLength: 1, maxLength: 5 })), { maxLength: 100 }),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 })), { maxLength: 4, selector: ([c]) => c }),
        fc.integer({ min: 0, max: 9 }),
        (count, memberships, listed, at) => {
          for (const sorted of [true, false]) {
            const { roster, ids } = treeRoster(count, memberships, sorted);
            const chapter = ids[Math.min(at, count - 1)]!;
            const weights = listed.filter(([c]) => c < count).map(([c, weight]) => ({ chapter: ids[c]!, weight }));
            expect(weightedElectorate(roster, chapter, weights)).toEqual(weightedByDefinition(roster, chapter, weights));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
