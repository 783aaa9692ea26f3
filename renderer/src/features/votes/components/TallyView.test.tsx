// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { afterEach, describe, expect, it } from "vitest";
import type { TallyResult } from "@chapterhouse/crdt/tally";
import { TallyView } from "./TallyView.js";
import { alice, ash, birch, bob, carol, cedar, dave, erin, tallyOf, treeIds, trees } from "./test-helpers/voting-fixtures.js";

afterEach(cleanup);

function show(result: TallyResult, sealed = false) {
  renderTranslated(<TallyView result={result} options={trees} sealed={sealed} />);
  return screen.getByRole("region", { name: sealed ? "Result" : "Live tally" });
}

/** The cells of a table's body rows, as text, row by row. */
function bodyRows(table: HTMLElement): string[][] {
  const body = table.querySelector("tbody");
  if (body === null) return [];
  return [...body.querySelectorAll("tr")].map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim()));
}

/** No number is shown as a long decimal; every percentage is whole. */
function expectNoLongDecimals(region: HTMLElement): void {
  expect(region.textContent).not.toMatch(/\d\.\d/);
}

describe("TallyView", () => {
  it("[T7] shows majority totals with exact weights, ballots, whole percentages and bars, and the rule's test", () => {
    const result = tallyOf({ type: "majority" }, [
      [alice, 2, "for"],
      [bob, 1, "against"],
      [carol, 1, "abstain"],
      [dave, 3, null],
    ]);
    const region = show(result);
    expect(within(region).getByRole("status").textContent).toContain("Passing so far");
    const table = within(region).getByRole("table", { name: "Ballots by answer" });
    expect(bodyRows(table)).toEqual([
      ["For", "1", "2", "50%"],
      ["Against", "1", "1", "25%"],
      ["Abstain", "1", "1", "25%"],
    ]);
    expect((table.querySelector(".tally-bar-fill") as HTMLElement).style.width).toBe("50%");
    expect(region.textContent).toContain("For (2) is more than against (1).");
    expect(region.textContent).toContain("3 of 4 members (75%)");
    expect(region.textContent).toContain("4 of 7 (57%)");
    expectNoLongDecimals(region);
  });

  it("[I18N5] [T7] shows the tally in Spanish: words, numbers and percentages the Spanish way", () => {
    const result = tallyOf({ type: "majority", quorum: { num: 1, den: 2 } }, [
      [alice, 1234, "for"],
      [bob, 1, "against"],
    ]);
    renderTranslated(<TallyView result={result} options={trees} />, "es");
    const region = screen.getByRole("region", { name: "Recuento en directo" });
    expect(within(region).getByRole("status").textContent).toContain("Por ahora se aprueba");
    expect(bodyRows(within(region).getByRole("table", { name: "Papeletas por respuesta" }))).toEqual([
      ["A favor", "1", "1234", ">99\u00a0%"],
      ["En contra", "1", "1", "<1\u00a0%"],
      ["Abstención", "0", "0", "0\u00a0%"],
    ]);
    expect(region.textContent).toContain("A favor (1234) supera a en contra (1).");
    expect(region.textContent).toContain("1/2 (50\u00a0%) del peso, se necesitan 618: alcanzado");
  });

  it("[T7] says an even split is rejected, not passed", () => {
    const region = show(tallyOf({ type: "majority" }, [[alice, 1, "for"], [bob, 1, "against"]]), true);
    expect(within(region).getByRole("status").textContent).toContain("Rejected");
    expect(region.textContent).toContain("For (1) is equal to, not more than, against (1).");
  });

  it("[T8] [T5.3] shows no quorum with the weight still needed, and the totals in full", () => {
    const result = tallyOf({ type: "supermajority", threshold: { num: 2, den: 3 }, quorum: { num: 1, den: 2 } }, [
      [alice, 1, "for"],
      [bob, 1, null],
      [carol, 1, null],
      [dave, 1, null],
    ]);
    const region = show(result, true);
    expect(within(region).getByRole("status").textContent).toContain("No quorum");
    expect(region.textContent).toContain("1/2 (50%) of the weight, 2 needed: not met, 1 more needed");
    expect(region.textContent).toContain("For has all (100%) of the votes for and against.");
    expect(region.querySelector(".turnout")?.getAttribute("data-quorum")).toBe("not-met");
  });

  it("[T9] counts consent blocks by member, whatever their weight", () => {
    const result = tallyOf({ type: "consent", maxBlocks: 0 }, [
      [alice, 5, "consent"],
      [bob, 1, "block"],
      [carol, 1, "concern"],
    ]);
    const region = show(result);
    expect(within(region).getByRole("status").textContent).toContain("Not passing so far");
    expect(region.textContent).toContain("Blocks: 1; up to 0 allowed.");
    expect(bodyRows(within(region).getByRole("table"))[3]).toEqual(["Block", "1", "1", "14%"]);
  });

  it("[T10] shows consensus stand-asides against their limit", () => {
    const result = tallyOf({ type: "consensus", maxStandAsides: 1 }, [
      [alice, 1, "agree"],
      [bob, 1, "stand-aside"],
    ]);
    const region = show(result, true);
    expect(within(region).getByRole("status").textContent).toContain("Passed");
    expect(region.textContent).toContain("Blocks: 0. Stand-asides: 1. It passes with no block and up to 1 stand-aside.");
  });

  it("[T6.2] [T11] never hides a plurality tie: it names the tied options, marks them, and says the chapter decides again", () => {
    const result = tallyOf({ type: "plurality" }, [[alice, 2, ash], [bob, 2, birch], [carol, 1, cedar]], treeIds);
    const region = show(result, true);
    const status = within(region).getByRole("status");
    expect(status.textContent).toContain("Tie between Ash and Birch");
    expect(status.textContent).toContain("the chapter decides again");
    expect(bodyRows(within(region).getByRole("table"))).toEqual([
      ["Ash (tied)", "2", "40%"],
      ["Birch (tied)", "2", "40%"],
      ["Cedar", "1", "20%"],
    ]);
    expect(region.textContent).toContain("Place 1 (shared by 2): Ash, Birch");
  });

  it("[T12] shows approval totals as shares of the weight that voted, best first", () => {
    const result = tallyOf({ type: "approval" }, [[alice, 1, [ash, birch]], [bob, 1, [birch]], [carol, 1, []]], treeIds);
    const region = show(result);
    expect(within(region).getByRole("status").textContent).toContain("Leading: Birch");
    expect(bodyRows(within(region).getByRole("table"))).toEqual([
      ["Birch (first)", "2", "67%"],
      ["Ash", "1", "33%"],
      ["Cedar", "0", "0%"],
    ]);
  });

  it("[T13] shows score totals against the highest possible total", () => {
    const result = tallyOf({ type: "score", maxScore: 10 }, [[alice, 3, { ash: 10, cedar: 1 }], [bob, 1, { birch: 7 }]], treeIds);
    const region = show(result, true);
    expect(within(region).getByRole("status").textContent).toContain("Decided: Ash");
    expect(bodyRows(within(region).getByRole("table"))).toEqual([
      ["Ash (first)", "30", "75%"],
      ["Birch", "7", "18%"],
      ["Cedar", "3", "8%"],
    ]);
    expectNoLongDecimals(region);
  });

  it("[T14] shows each instant-runoff round with its eliminations, exhausted ballots and the majority that wins", () => {
    const result = tallyOf(
      { type: "irv" },
      [
        [alice, 1, [cedar, birch]],
        [bob, 2, [ash]],
        [carol, 2, [birch]],
        [dave, 1, [cedar, ash]],
        [erin, 1, [birch]],
      ],
      treeIds,
    );
    const region = show(result, true);
    const rounds = within(region).getAllByRole("table");
    expect(rounds.map((table) => table.querySelector("caption")?.textContent)).toEqual(["Round 1", "Round 2"]);
    expect(bodyRows(rounds[0]!)).toEqual([
      ["Birch", "3", "43%"],
      ["Ash (eliminated)", "2", "29%"],
      ["Cedar (eliminated)", "2", "29%"],
    ]);
    expect(region.textContent).toContain("Ash and Cedar tie for the least weight and are eliminated together.");
    expect(bodyRows(rounds[1]!)).toEqual([["Birch (majority)", "4", "100%"]]);
    expect(region.textContent).toContain("Continuing: 4. Exhausted (no continuing option ranked): 3.");
    expect(region.textContent).toContain("Birch has more than half of the continuing weight.");
    expect(within(region).getByRole("status").textContent).toContain("Decided: Birch");
  });

  it("[T15] shows the Schulze pairwise table, the strongest paths and the ranking, rows in ranking order", () => {
    const result = tallyOf({ type: "schulze" }, [[alice, 2, [ash, birch]], [bob, 1, [birch]]], treeIds);
    const region = show(result, true);
    const [pairwise, paths] = within(region).getAllByRole("table");
    expect(pairwise!.querySelector("caption")?.textContent).toContain("Head to head");
    expect(bodyRows(pairwise!)).toEqual([
      ["Ash", "–", "2 (wins this pair)", "2 (wins this pair)"],
      ["Birch", "1", "–", "3 (wins this pair)"],
      ["Cedar", "0", "0", "–"],
    ]);
    expect(bodyRows(paths!)[0]).toEqual(["Ash", "–", "2 (beats)", "2 (beats)"]);
    expect(region.textContent).toContain("Place 1: Ash");
    expect(region.textContent).toContain("Place 3: Cedar");
  });

  it("[T6.2] [T15.4] shows a Schulze cycle as a tie with one shared place", () => {
    const result = tallyOf(
      { type: "schulze" },
      [
        [alice, 1, [ash, birch, cedar]],
        [bob, 1, [birch, cedar, ash]],
        [carol, 1, [cedar, ash, birch]],
      ],
      treeIds,
    );
    const region = show(result);
    expect(within(region).getByRole("status").textContent).toContain("Tied so far between Ash, Birch, and Cedar");
    expect(region.textContent).toContain("Place 1 (shared by 3): Ash, Birch, Cedar");
  });

  it("[T3.2] says how many ballots from outside the electorate were not counted", () => {
    const result = {
      ...tallyOf({ type: "majority" }, [[alice, 1, "for"]]),
      ignored: [{ member: dave, reason: "not-in-electorate" as const }],
    };
    const region = show(result);
    expect(region.textContent).toContain("1 ballot from outside the electorate was not counted.");
  });
});
