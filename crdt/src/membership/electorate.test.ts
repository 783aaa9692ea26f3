import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChapterId, DocumentUrl, MemberKey } from "../records/ids.js";
import type { ChapterRoster, Roster } from "./roster.js";
import { electorate } from "./electorate.js";
import { admit, chapterOf, genesis, sponsor } from "./test-helpers/records.js";
import { fold, foundRoot } from "./test-helpers/scenario.js";
import { naclSigner } from "./test-helpers/signers.js";

const alice = naclSigner("alice");
const carol = naclSigner("carol");

describe("the electorate", () => {
  it("[M11.3] counts a member of two sub-chapters once, with both chapters", async () => {
    const root = await foundRoot([alice]);
    const city = await genesis(alice, {
      parent: root.chapter,
      level: "city",
      name: "City",
      deps: [root.genesis.id],
    });
    const cityId = chapterOf(city);
    const north = await genesis(alice, {
      parent: cityId,
      level: "neighbourhood",
      name: "North",
      deps: [city.id],
    });
    const south = await genesis(alice, {
      parent: cityId,
      level: "neighbourhood",
      name: "South",
      deps: [city.id],
    });
    const inNorth = await sponsor(alice, chapterOf(north), carol.publicKey, [north.id]);
    const inSouth = await sponsor(alice, chapterOf(south), carol.publicKey, [south.id]);
    const carolNorth = await admit(carol, chapterOf(north), { sponsors: [inNorth.id] });
    const carolSouth = await admit(carol, chapterOf(south), { sponsors: [inSouth.id] });
    const result = fold([...root.records, city, north, south, inNorth, inSouth, carolNorth, carolSouth]);
    expect(result.rejections).toEqual([]);

    const cityVoters = electorate(result.roster, cityId);
    expect(cityVoters.map((v) => v.key)).toEqual([alice.publicKey, carol.publicKey].sort());
    expect(cityVoters.find((v) => v.key === carol.publicKey)!.chapters).toEqual(
      [chapterOf(north), chapterOf(south)].sort(),
    );
    // alice founded all four chapters: one entry, four chapters.
    expect(
      electorate(result.roster, root.chapter).find((v) => v.key === alice.publicKey)!.chapters,
    ).toHaveLength(4);
    expect(electorate(result.roster, chapterOf(north)).map((v) => v.key)).toEqual(
      [alice.publicKey, carol.publicKey].sort(),
    );
  });
});

/** A roster of `count` chapters (each below a random earlier one) whose members are drawn from `keys`. */
function randomRoster(count: number, memberships: readonly (readonly [number, string])[], sorted: boolean): { roster: Roster; ids: ChapterId[] } {
  const ids = Array.from({ length: count }, (_, i) => `chapter-${String.fromCharCode(0x41 + ((i * 7) % 26))}${i}` as ChapterId);
  const chapters = new Map<ChapterId, ChapterRoster>();
  ids.forEach((id, i) => {
    const keys = [...new Set(memberships.filter(([c]) => c === i).map(([, key]) => key))];
    if (sorted) keys.sort();
    const parent = i === 0 ? null : ids[Math.floor(i / 2)]!;
    const children = ids.filter((_, j) => j > 0 && Math.floor(j / 2) === i);
    chapters.set(id, {
      id,
      name: id,
      level: "neighbourhood",
      parent,
      place: null,
      document: "automerge:x" as DocumentUrl,
      admission: { sponsors: 0, countersign: false },
      founders: [],
      children,
      members: new Map(keys.map((key) => [key as MemberKey, { key: key as MemberKey, grant: id, founder: false }])),
      roles: [],
      invites: [],
    });
  });
  return { roster: { chapters }, ids };
}

/** M11.3 by its definition: every key of the chapter or a chapter below it, once, sorted, with its chapters sorted. */
function electorateByDefinition(roster: Roster, chapter: ChapterId): { key: string; chapters: string[] }[] {
  const within = (id: ChapterId): boolean => {
    for (let at: ChapterId | null = id; at !== null; at = roster.chapters.get(at)!.parent) if (at === chapter) return true;
    return false;
  };
  const of = new Map<string, string[]>();
  for (const [id, entry] of roster.chapters) if (within(id)) for (const key of entry.members.keys()) of.set(key, [...(of.get(key) ?? []), id]);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...of.keys()].sort(byText).map((key) => ({ key, chapters: of.get(key)!.sort(byText) }));
}

/** Property: over random trees of keys drawn from `key`, in key order or not, the electorate is the one the definition gives. */
function agreesWithTheDefinition(key: fc.Arbitrary<string>, maxMemberships: number): void {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 12 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), key), { maxLength: maxMemberships }),
      fc.integer({ min: 0, max: 11 }),
      (count, memberships, at) => {
        const chapter = Math.min(at, count - 1);
        for (const sorted of [true, false]) {
          const { roster, ids } = randomRoster(count, memberships, sorted);
          expect(electorate(roster, ids[chapter]!)).toEqual(electorateByDefinition(roster, ids[chapter]!));
        }
      },
    ),
    { numRuns: 200 },
  );
}

describe("the electorate of a large tree", () => {
  it("[M11.3] is each key once, sorted, with its chapters sorted, whether the members are in key order or not", () => {
    agreesWithTheDefinition(fc.string({ minLength: 1, maxLength: 4 }), 80);
  });

  it("[M11.3] orders keys by UTF-16 code units when they share their first units, are prefixes of one another or lie beyond one byte", () => {
    // Keys from a few units (the merge compares the first three units as one number first), some
    // above U+FFFF (two units each) and some non-ASCII.
    const unit = fc.constantFrom("a", "b", "é", "\uffff", "😀", "\ud800", "Z", "0");
    agreesWithTheDefinition(fc.string({ unit, minLength: 1, maxLength: 6 }), 120);
  });
});
