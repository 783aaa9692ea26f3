// @vitest-environment jsdom
import { useState } from "react";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { OptionId } from "@chapterhouse/crdt/tally";
import { RankingInput } from "./RankingInput.js";
import type { Places } from "./ranking-edits.js";
import { nameOf, press, tabTo } from "./test-helpers/keyboard.js";
import { ash, birch, cedar, trees } from "./test-helpers/voting-fixtures.js";

function Harness({ initial, onChange, allowTies = true }: { readonly initial: Places; readonly onChange: (ranking: Places) => void; readonly allowTies?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <RankingInput
      options={trees}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
      allowTies={allowTies}
      legend="Rank the options"
    />
  );
}

/** Places of one option each, as a ranking without equal ranks. */
const alone = (...ids: OptionId[]): Places => ids.map((id) => [id]);

function rankedLabels(): string[] {
  const list = screen.queryByRole("list", { name: "Your ranking" });
  return list === null ? [] : within(list).getAllByRole("listitem").map((item) => item.querySelector(".ranked-label")?.textContent ?? "");
}

function announcement(): string {
  return screen.getByTestId("ranking-announcement").textContent ?? "";
}

/**
 * jsdom lays nothing out; dnd-kit's keyboard sensor moves by measured positions. Give each
 * ranked item a 40-pixel row by its place in the list, as a browser would.
 */
function layOutRankedItemsInRows(): void {
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element): DOMRect {
    const item = this.closest(".ranked-item");
    const index = item?.parentElement === null || item === null ? -1 : [...item.parentElement.children].indexOf(item);
    const top = index < 0 ? 0 : 100 + index * 48;
    const height = index < 0 ? 0 : 40;
    const width = index < 0 ? 0 : 320;
    return { x: 0, y: top, left: 0, top, width, height, right: width, bottom: top + height, toJSON: () => ({}) };
  });
}

beforeEach(() => {
  vi.restoreAllMocks();
});
afterEach(cleanup);

describe("RankingInput", () => {
  it("[T1.1] starts with nothing ranked, every option listed as not ranked, and says what to do", () => {
    renderTranslated(<Harness initial={[]} onChange={vi.fn()} />);
    expect(rankedLabels()).toEqual([]);
    expect(screen.getByText(/No option ranked yet/)).toBeTruthy();
    const unranked = screen.getByRole("list", { name: "Not ranked" });
    expect(within(unranked).getAllByRole("listitem").map((item) => item.querySelector("span")?.textContent)).toEqual(["Ash", "Birch", "Cedar"]);
  });

  it("[T15.1] adds options to the end of the ranking, leaves the rest unranked, and announces each change", () => {
    const onChange = vi.fn();
    renderTranslated(<Harness initial={[]} onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Add Cedar to the ranking" }));
    expect(announcement()).toBe("Cedar added to the ranking at place 1 of 1.");
    fireEvent.click(screen.getByRole("button", { name: "Add Ash to the ranking" }));
    expect(onChange).toHaveBeenLastCalledWith(alone(cedar, ash));
    expect(rankedLabels()).toEqual(["Cedar", "Ash"]);
    expect(within(screen.getByRole("list", { name: "Not ranked" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("[T1.1] moves an option up and down with its buttons, announces the new position, and keeps focus on the button", () => {
    const onChange = vi.fn();
    renderTranslated(<Harness initial={alone(ash, birch, cedar)} onChange={onChange} />);
    const up = screen.getByRole("button", { name: "Move up Cedar" });
    up.focus();
    fireEvent.click(up);
    expect(onChange).toHaveBeenLastCalledWith(alone(ash, cedar, birch));
    expect(announcement()).toBe("Cedar moved up to place 2 of 3.");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Move up Cedar" }));
    fireEvent.click(screen.getByRole("button", { name: "Move down Ash" }));
    expect(rankedLabels()).toEqual(["Cedar", "Ash", "Birch"]);
  });

  it("says an option at the top can't move up, without moving it or losing focus", () => {
    const onChange = vi.fn();
    renderTranslated(<Harness initial={alone(ash, birch)} onChange={onChange} />);
    const up = screen.getByRole("button", { name: "Move up Ash" });
    expect(up.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(up);
    expect(onChange).not.toHaveBeenCalled();
    expect(announcement()).toBe("Ash is already first.");
  });

  it("[T15.1] removes an option from the ranking, back to the unranked list, and focuses the next ranked handle", () => {
    const onChange = vi.fn();
    renderTranslated(<Harness initial={alone(ash, birch, cedar)} onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Remove Birch from the ranking" }));
    expect(onChange).toHaveBeenLastCalledWith(alone(ash, cedar));
    expect(announcement()).toBe("Birch removed from the ranking; 2 options ranked.");
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Cedar, place 2 of 2. Drag to reorder.");
    expect(screen.getByRole("button", { name: "Add Birch to the ranking" })).toBeTruthy();
  });

  it("gives each drag handle dnd-kit's keyboard instructions", () => {
    renderTranslated(<Harness initial={alone(ash, birch)} onChange={vi.fn()} />);
    const handle = screen.getByRole("button", { name: "Ash, place 1 of 2. Drag to reorder." });
    expect(handle.getAttribute("aria-roledescription")).toBe("sortable");
    const instructions = document.getElementById(handle.getAttribute("aria-describedby") ?? "");
    expect(instructions?.textContent).toContain("press Space or Enter to pick it up");
  });

  it("[T1.1] reorders with dnd-kit's keyboard sensor alone: Space picks up, an arrow moves, Space drops, each announced", async () => {
    layOutRankedItemsInRows();
    const onChange = vi.fn();
    renderTranslated(<Harness initial={alone(ash, birch, cedar)} onChange={onChange} />);
    screen.getByRole("button", { name: "Ash, place 1 of 3. Drag to reorder." }).focus();
    await press(" ");
    expect(document.body.textContent).toContain("Picked up Ash, at place 1 of 3.");
    await press("ArrowDown");
    expect(document.body.textContent).toContain("Ash is over place 2 of 3.");
    await press(" ");
    expect(onChange).toHaveBeenLastCalledWith(alone(birch, ash, cedar));
    expect(rankedLabels()).toEqual(["Birch", "Ash", "Cedar"]);
    expect(document.body.textContent).toContain("Ash dropped at place 2 of 3.");
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Ash, place 2 of 3. Drag to reorder.");
  });

  it("cancels a keyboard move with Escape and leaves the ranking as it was", async () => {
    layOutRankedItemsInRows();
    const onChange = vi.fn();
    renderTranslated(<Harness initial={alone(ash, birch, cedar)} onChange={onChange} />);
    screen.getByRole("button", { name: "Birch, place 2 of 3. Drag to reorder." }).focus();
    await press(" ");
    await press("ArrowDown");
    await press("Escape");
    expect(onChange).not.toHaveBeenCalled();
    expect(rankedLabels()).toEqual(["Ash", "Birch", "Cedar"]);
    expect(document.body.textContent).toContain("Moving cancelled. Birch stays at place 2 of 3.");
  });
  it("[T1.6] under Schulze, Same rank as above puts an option in the place above: shown, announced and pressed", () => {
    const onChange = vi.fn();
    renderTranslated(<Harness initial={alone(ash, birch, cedar)} onChange={onChange} />);
    expect(screen.queryByRole("button", { name: /^Same rank as above: Ash/ })).toBeNull();
    const toggle = screen.getByRole("button", { name: "Same rank as above: Cedar with Birch" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith([[ash], [birch, cedar]]);
    expect(announcement()).toBe("Cedar now shares place 2 of 2 with Birch.");
    expect(screen.getByRole("button", { name: "Same rank as above: Cedar with Birch" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "Birch, place 2 of 2, same rank as Cedar. Drag to reorder." })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Cedar, place 2 of 2, same rank as Birch. Drag to reorder." })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Same rank as above: Cedar with Birch" }));
  });

  it("[T1.6] pressing Same rank as above again ranks the option below the ones above it", () => {
    const onChange = vi.fn();
    renderTranslated(<Harness initial={[[ash, birch, cedar]]} onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Same rank as above: Birch with Ash" }));
    expect(onChange).toHaveBeenLastCalledWith([[ash], [birch, cedar]]);
    expect(announcement()).toBe("Birch now ranks below Ash, at place 2 of 2.");
  });

  it("[T1.6] Move up takes an option out of a shared place to a place of its own just above it", () => {
    const onChange = vi.fn();
    renderTranslated(<Harness initial={[[ash], [birch, cedar]]} onChange={onChange} />);
    const up = screen.getByRole("button", { name: "Move up Cedar" });
    expect(up.getAttribute("aria-disabled")).toBe("false");
    fireEvent.click(up);
    expect(onChange).toHaveBeenLastCalledWith(alone(ash, cedar, birch));
    expect(announcement()).toBe("Cedar moved up to place 2 of 3.");
    fireEvent.click(screen.getByRole("button", { name: "Move up Ash" }));
    expect(announcement()).toBe("Ash is already first.");
  });

  it("[T1.6] instant runoff offers no Same rank as above and says why", () => {
    renderTranslated(<Harness initial={alone(ash, birch, cedar)} onChange={vi.fn()} allowTies={false} />);
    expect(screen.queryAllByRole("button", { name: /^Same rank as above/ })).toEqual([]);
    expect(screen.getByText(/instant runoff counts your ballot for one option at a time, so it cannot take equal ranks/)).toBeTruthy();
  });

  it("[T1.6] ranks two options equally with the keyboard alone: Tab to the toggle, Space presses it", async () => {
    const onChange = vi.fn();
    renderTranslated(<Harness initial={alone(ash, birch)} onChange={onChange} />);
    await tabTo((element) => nameOf(element) === "Same rank as above: Birch with Ash");
    await press(" ");
    expect(onChange).toHaveBeenLastCalledWith([[ash, birch]]);
    expect(announcement()).toBe("Birch now shares place 1 of 1 with Ash.");
    expect(document.activeElement?.getAttribute("aria-pressed")).toBe("true");
  });

  it("[T1.6] dragging an option out of a shared place with the keyboard sensor gives it a place of its own", async () => {
    layOutRankedItemsInRows();
    const onChange = vi.fn();
    renderTranslated(<Harness initial={[[ash, birch], [cedar]]} onChange={onChange} />);
    screen.getByRole("button", { name: "Ash, place 1 of 2, same rank as Birch. Drag to reorder." }).focus();
    await press(" ");
    await press("ArrowDown");
    expect(document.body.textContent).toContain("Ash is over place 1 of 2.");
    await press(" ");
    expect(onChange).toHaveBeenLastCalledWith([[birch], [ash], [cedar]]);
    expect(document.body.textContent).toContain("Ash dropped at place 2 of 3.");
  });
});
