// @vitest-environment jsdom
import { useState } from "react";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Choice, Rule } from "@chapterhouse/crdt/tally";
import { BallotInput } from "./BallotInput.js";
import { alice, ash, birch, cedar, tallyOf, treeIds, trees } from "./test-helpers/voting-fixtures.js";

function Harness({ rule, onChange }: { readonly rule: Rule; readonly onChange: (choice: Choice) => void }) {
  const [value, setValue] = useState<Choice | null>(null);
  return (
    <BallotInput
      rule={rule}
      options={trees}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

/** The core refuses any choice that does not fit the rule (T3.3); a tally of it proves the format. */
function acceptedByTheCore(rule: Rule, choice: Choice): boolean {
  const options = rule.type === "majority" || rule.type === "supermajority" || rule.type === "consent" || rule.type === "consensus" ? undefined : treeIds;
  return tallyOf(rule, [[alice, 1, choice]], options).turnout.ballots === 1;
}

function renderFor(rule: Rule) {
  const onChange = vi.fn<(choice: Choice) => void>();
  renderTranslated(<Harness rule={rule} onChange={onChange} />);
  const last = (): Choice => {
    const call = onChange.mock.calls.at(-1);
    if (call === undefined) throw new Error("no choice emitted");
    return call[0];
  };
  return { onChange, last };
}

afterEach(cleanup);

describe("BallotInput", () => {
  it("[T7] [T8] gives majority and supermajority for, against and abstain as radio buttons and emits the word", () => {
    for (const rule of [{ type: "majority" }, { type: "supermajority", threshold: { num: 2, den: 3 } }] satisfies Rule[]) {
      const { last } = renderFor(rule);
      fireEvent.click(screen.getByRole("radio", { name: /^Against(?![a-z ])/ }));
      expect(last()).toBe("against");
      expect(acceptedByTheCore(rule, last())).toBe(true);
      cleanup();
    }
  });

  it("[T9] gives consent its four answers and emits the exact word", () => {
    const rule: Rule = { type: "consent", maxBlocks: 1 };
    const { last } = renderFor(rule);
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual(["consent", "concern", "stand-aside", "block"]);
    fireEvent.click(screen.getByRole("radio", { name: /^Stand aside(?![a-z ])/ }));
    expect(last()).toBe("stand-aside");
    expect(acceptedByTheCore(rule, last())).toBe(true);
  });

  it("[T10] gives consensus agree, stand aside and block", () => {
    const rule: Rule = { type: "consensus" };
    const { last } = renderFor(rule);
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual(["agree", "stand-aside", "block"]);
    fireEvent.click(screen.getByRole("radio", { name: /^Block(?![a-z ])/ }));
    expect(last()).toBe("block");
    expect(acceptedByTheCore(rule, last())).toBe(true);
  });

  it("[T11] gives plurality a radio list and emits one option id", () => {
    const rule: Rule = { type: "plurality" };
    const { last } = renderFor(rule);
    fireEvent.click(screen.getByRole("radio", { name: "Birch" }));
    expect(last()).toBe(birch);
    expect(acceptedByTheCore(rule, last())).toBe(true);
  });

  it("[T12] gives approval checkboxes and emits a list of distinct ids", () => {
    const rule: Rule = { type: "approval" };
    const { last } = renderFor(rule);
    fireEvent.click(screen.getByRole("checkbox", { name: "Cedar" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Ash" }));
    expect(last()).toEqual([ash, cedar]);
    expect(acceptedByTheCore(rule, last())).toBe(true);
  });

  it("[T13] gives score a 0…maxScore scale per option and emits integer scores", () => {
    const rule: Rule = { type: "score", maxScore: 3 };
    const { last } = renderFor(rule);
    fireEvent.click(within(screen.getByRole("radiogroup", { name: "Ash" })).getByRole("radio", { name: "3" }));
    fireEvent.click(within(screen.getByRole("radiogroup", { name: "Cedar" })).getByRole("radio", { name: "1" }));
    expect(last()).toEqual({ ash: 3, birch: 0, cedar: 1 });
    expect(acceptedByTheCore(rule, last())).toBe(true);
  });

  it("[T14.1] [T15.1] gives irv and schulze a ranking and emits the ranked ids, most preferred first, unranked left out", () => {
    for (const rule of [{ type: "irv" }, { type: "schulze" }] satisfies Rule[]) {
      const { last } = renderFor(rule);
      fireEvent.click(screen.getByRole("button", { name: "Add Cedar to the ranking" }));
      fireEvent.click(screen.getByRole("button", { name: "Add Ash to the ranking" }));
      expect(last()).toEqual([cedar, ash]);
      expect(acceptedByTheCore(rule, last())).toBe(true);
      cleanup();
    }
  });
  it("[T1.6] emits a Schulze ranking with a shared place as a list, which the core accepts; instant runoff offers no shared place", () => {
    const { last } = renderFor({ type: "schulze" });
    fireEvent.click(screen.getByRole("button", { name: "Add Cedar to the ranking" }));
    fireEvent.click(screen.getByRole("button", { name: "Add Ash to the ranking" }));
    fireEvent.click(screen.getByRole("button", { name: "Add Birch to the ranking" }));
    fireEvent.click(screen.getByRole("button", { name: "Same rank as above: Birch with Ash" }));
    expect(last()).toEqual([cedar, [ash, birch]]);
    expect(acceptedByTheCore({ type: "schulze" }, last())).toBe(true);
    expect(() => acceptedByTheCore({ type: "irv" }, last())).toThrow(/ranks "ash" and "birch" equally/);
    cleanup();
    renderFor({ type: "irv" });
    fireEvent.click(screen.getByRole("button", { name: "Add Cedar to the ranking" }));
    fireEvent.click(screen.getByRole("button", { name: "Add Ash to the ranking" }));
    expect(screen.queryAllByRole("button", { name: /^Same rank as above/ })).toEqual([]);
  });
});
