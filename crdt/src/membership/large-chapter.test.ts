import { describe, expect, it } from "vitest";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { ParsedRecord, Signer } from "../records/record.js";
import { electorate } from "./electorate.js";
import { foldMembership, type MembershipFold } from "./fold-membership.js";
import { rosterToCanonical } from "./roster.js";
import { admit, chapterOf, genesis, leave, remove, role, sponsor } from "./test-helpers/records.js";
import { fakeSigner } from "./test-helpers/signers.js";

const MEMBERS = 10_000;
const REMOVALS = 200;
const LEAVES = 100;

/**
 * A chapter of MEMBERS members, each sponsored by a random earlier member, then REMOVALS removals
 * and LEAVES departures. `cite(records)` picks the extra dep each record cites besides what its
 * body names: the previous record (a linear history) or a random recent one (a bushy one).
 */
async function history(cite: (records: readonly ParsedRecord[], next: (n: number) => number) => RecordId) {
  const people: Signer[] = Array.from({ length: MEMBERS + 1 }, (_, i) => fakeSigner(`member ${i}`));
  const founder = people[0]!;
  const root = await genesis(founder, { sponsors: 1 });
  const chapter = chapterOf(root);
  const facilitator = await role(founder, chapter, founder.publicKey, { deps: [root.id] });
  const records: ParsedRecord[] = [root, facilitator];
  const grants: RecordId[] = [root.id];
  let seed = 12345;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let i = 1; i <= MEMBERS; i++) {
    const by = next(i);
    const offer = await sponsor(
      people[by]!,
      chapter,
      people[i]!.publicKey,
      [grants[by]!, cite(records, next)],
      1_000 + i,
    );
    records.push(offer);
    const joined = await admit(people[i]!, chapter, { sponsors: [offer.id], deps: [cite(records, next)] });
    records.push(joined);
    grants.push(joined.id);
  }
  const gone = new Set<number>();
  for (let k = 0; k < REMOVALS + LEAVES; k++) {
    let who = 1 + next(MEMBERS);
    while (gone.has(who)) who = 1 + next(MEMBERS);
    gone.add(who);
    const heads = [cite(records, next), cite(records, next)];
    records.push(
      k < REMOVALS
        ? await remove(founder, chapter, people[who]!.publicKey, [facilitator.id, grants[who]!, ...heads])
        : await leave(people[who]!, chapter, [grants[who]!, ...heads]),
    );
  }
  return { records, chapter };
}

const members = (result: MembershipFold, chapter: ChapterId) =>
  result.roster.chapters.get(chapter)!.members.size;

// Timing is measured by `npm run bench` (bench/votes.js folds the simulated rosters), never
// asserted here: these tests check that the fold is right at the scale it must handle.
describe("the fold at the scale of a large chapter", () => {
  it("[M2.7] a chapter of 10,000 members with a linear history, removals and departures gives every remaining member", async () => {
    const { records, chapter } = await history((records) => records[records.length - 1]!.id);
    const result = foldMembership(records);
    expect(result.rejections).toEqual([]);
    expect(members(result, chapter)).toBe(MEMBERS + 1 - REMOVALS - LEAVES);
    expect(electorate(result.roster, chapter)).toHaveLength(MEMBERS + 1 - REMOVALS - LEAVES);
    expect(rosterToCanonical(result.roster).length).toBeGreaterThan(MEMBERS * 100);
  });

  it("[M2.7] a chapter of 10,000 members with a bushy history, where removals cut concurrent records, cuts only what a removal saw", async () => {
    const { records, chapter } = await history(
      (records, next) => records[records.length - 1 - next(Math.min(32, records.length))]!.id,
    );
    const result = foldMembership(records);
    expect(result.rejections.length).toBeGreaterThan(0);
    expect(result.rejections.every((r) => r.reason === "unauthorised")).toBe(true);
    expect(members(result, chapter)).toBeGreaterThan(MEMBERS - REMOVALS - LEAVES - result.rejections.length);
  });
});
