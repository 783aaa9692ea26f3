import { describe, expect, it } from "vitest";
import type { ChapterId, MemberKey } from "../records/ids.js";
import { authorOrFacilitatorDeps } from "../proposals/author-or-facilitator-deps.js";
import { ancestorsOf, facilitatorAuthority, founderGrant, memberGrant } from "./authority-deps.js";
import { grantOf, holdingOf, rosterOf } from "./test-helpers/roster-of.js";

const member = (name: string) => name as MemberKey;
const [alice, bob, carol, erin] = [member("alice"), member("bob"), member("carol"), member("erin")] as const;
const chapter = (id: string) => id as ChapterId;
const roster = rosterOf([
  { id: "root", parent: null, members: [alice], facilitators: [alice], founders: [alice] },
  { id: "city", parent: "root", members: [carol], facilitators: [carol] },
  { id: "hood", parent: "city", members: [bob] },
]);

describe("the deps that carry a signer's authority", () => {
  it("[M3.3] member authority cites the member's grant in the chapter, else in a chapter below it", () => {
    expect(memberGrant(roster, chapter("hood"), bob)).toBe(grantOf("bob", "hood"));
    expect(memberGrant(roster, chapter("root"), bob)).toBe(grantOf("bob", "hood"));
    expect(memberGrant(roster, chapter("hood"), alice)).toBeUndefined();
    expect(ancestorsOf(roster, chapter("hood"))).toEqual(["hood", "city", "root"]);
  });

  it("[M3.4] [M3.5] facilitator authority cites the nearest holding at or above the chapter and a grant there; a founder grant only in its own chapter", () => {
    expect(facilitatorAuthority(roster, chapter("hood"), carol)).toEqual([holdingOf("carol", "city"), grantOf("carol", "city")]);
    expect(facilitatorAuthority(roster, chapter("hood"), alice)).toEqual([holdingOf("alice", "root"), grantOf("alice", "root")]);
    expect(facilitatorAuthority(roster, chapter("root"), carol)).toBeUndefined();
    expect(facilitatorAuthority(roster, chapter("hood"), bob)).toBeUndefined();
    expect(founderGrant(roster, chapter("root"), alice)).toBe(grantOf("alice", "root"));
    expect(founderGrant(roster, chapter("city"), carol)).toBeUndefined();
  });

  it("[P3.1] [V2.6] the author's or a facilitator's record cites the author's grant, else the facilitator's holding and grant, else nothing", () => {
    expect(authorOrFacilitatorDeps(roster, chapter("hood"), bob, bob)).toEqual([grantOf("bob", "hood")]);
    expect(authorOrFacilitatorDeps(roster, chapter("hood"), carol, bob)).toEqual([holdingOf("carol", "city"), grantOf("carol", "city")]);
    // An author who is no member of the chapter still has a facilitator's authority.
    expect(authorOrFacilitatorDeps(roster, chapter("hood"), alice, alice)).toEqual([holdingOf("alice", "root"), grantOf("alice", "root")]);
    expect(authorOrFacilitatorDeps(roster, chapter("hood"), erin, bob)).toBeUndefined();
    expect(authorOrFacilitatorDeps(roster, chapter("hood"), bob, null)).toBeUndefined();
    expect(authorOrFacilitatorDeps(roster, chapter("hood"), bob, erin)).toBeUndefined();
  });
});
