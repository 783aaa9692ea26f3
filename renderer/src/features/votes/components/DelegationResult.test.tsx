// @vitest-environment jsdom
import type { MemberKey } from "@chapterhouse/crdt/records";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import type { ShownDelegation } from "../shown-vote.js";
import { CarriedWeightNote } from "./CarriedWeightNote.js";
import { DelegationResult } from "./DelegationResult.js";

const key = (c: string) => `${c.repeat(42)}A` as MemberKey;
const [ana, ben, cai, dee] = ["a", "b", "c", "d"].map(key) as [MemberKey, MemberKey, MemberKey, MemberKey];
const zero = { members: 0, weight: 0 };
const delegation: ShownDelegation = {
  depth: 2,
  cap: null,
  topic: null,
  taken: 3,
  totals: {
    direct: { members: 1, weight: 1 },
    carried: { members: 2, weight: 3 },
    absent: zero,
    lost: { cycle: zero, declined: zero, "not-member": zero, "not-voted": { members: 1, weight: 1 }, "over-cap": zero, "too-deep": zero },
  },
  concentration: { carried: 3, largest: { num: 1, den: 1 }, top: [{ member: ana, carried: 3, members: 2 }] },
  paths: [
    { member: ben, weight: 1, status: "carried", via: [ana] },
    { member: cai, weight: 2, status: "carried", via: [ben, ana] },
    { member: dee, weight: 1, status: "lost", reason: "not-voted" },
  ],
  more: 0,
};

afterEach(cleanup);

describe("delegation on the vote screen", () => {
  it("[DG6] a vote's result says, in plain words, who was represented by whom and through whom, who was not and why, the totals and who represents the most", () => {
    renderTranslated(<DelegationResult delegation={delegation} />);
    const paths = within(screen.getByTestId("delegation-paths")).getAllByRole("listitem").map((item) => item.textContent);
    expect(paths).toEqual([
      expect.stringMatching(/^Member bbbbbb.*: represented by Member aaaaaa.*$/),
      expect.stringMatching(/^Member cccccc.*: represented by Member aaaaaa.*, through Member bbbbbb.*$/),
      expect.stringMatching(/^Member dddddd.*: not represented, the member they chose did not vote$/),
    ]);
    const result = screen.getByTestId("delegation-result").textContent;
    expect(result).toContain("Represented by the member they chose2 members, weight 3");
    expect(result).toContain("Not represented: the member they chose did not vote1 member, weight 1");
    expect(result).not.toContain("circle");
    expect(result).toMatch(/holds all \(100%\) of all represented weight/);
  });

  it("[V12.4] [I18N3] before voting, the member sees the weight their ballot carries and whom it represents, in Spanish too", () => {
    const carries = { own: 1, weight: 4, members: [{ member: ben, weight: 1, via: [ana] }, { member: cai, weight: 2, via: [ben, ana] }] };
    renderTranslated(<CarriedWeightNote carries={carries} />);
    expect(screen.getByTestId("carried-weight").textContent).toMatch(/a weight of 4: your own 1 and that of the 2 members who did not vote and chose you/);
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([expect.stringMatching(/\(weight 1\) chose you$/), expect.stringMatching(/\(weight 2\) through Member bbbbbb/)]);
    cleanup();
    renderTranslated(<CarriedWeightNote carries={{ own: 1, weight: 1, members: [] }} />, "es");
    expect(screen.getByTestId("carried-weight").textContent).toContain("Tu papeleta cuenta con tu propio peso, 1.");
  });
});
