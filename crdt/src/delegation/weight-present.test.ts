import { describe, expect, it } from "vitest";
import type { MemberKey, RecordId } from "../records/ids.js";
import type { Delegation } from "./delegation-of.js";
import { weightPresent } from "./weight-present.js";

const key = (c: string) => `${c.repeat(42)}A` as MemberKey;
const [ana, ben, cai, dee, eva] = ["a", "b", "c", "d", "e"].map(key) as [MemberKey, MemberKey, MemberKey, MemberKey, MemberKey];
const to = (member: MemberKey, at: number): Delegation => ({ to: member, record: { id: `${"r".repeat(42)}${at}` as RecordId, signer: ana, scope: { proposal: ana as never }, to: member, seq: 1, expires: null, at } });

describe("weightPresent", () => {
  it("[DG7] present members count with the weight of the absent members who chose them, up to the depth and cap; the others count for no one", () => {
    const electorate = [ana, ben, cai, dee, eva].map((member) => ({ member, weight: member === dee ? 3 : 1 })).sort((a, b) => (a.member < b.member ? -1 : 1));
    const chosen = new Map<MemberKey, Delegation>([
      [cai, to(ana, 1)], // one hop to ana, present
      [dee, to(ana, 2)], // one hop to ana, over the cap of 1
      [eva, to(cai, 3)], // two hops: beyond the depth of 1
    ]);
    const input = { electorate, delegationOf: (member: MemberKey) => chosen.get(member) ?? "none", depth: 1, cap: 1 };
    expect(weightPresent(input, new Set([ana, ben]))).toEqual({ present: { members: 2, weight: 2 }, carried: { members: 1, weight: 1 } });
    expect(weightPresent({ ...input, cap: null }, new Set([ana, ben]))).toEqual({ present: { members: 2, weight: 2 }, carried: { members: 2, weight: 4 } });
    expect(weightPresent({ ...input, depth: 2, cap: null }, new Set([ana]))).toEqual({ present: { members: 1, weight: 1 }, carried: { members: 3, weight: 5 } });
  });
});
