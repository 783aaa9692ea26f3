// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useSlicedRows } from "./use-sliced-rows.js";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

interface Entry {
  readonly id: number;
  readonly title: string;
}

const keyOf = (entry: Entry) => `${entry.id} ${entry.title}`;

/** A list of `entries` whose rows `makeRow` makes, built as the app builds long lists. */
function Rows({ entries, makeRow }: { readonly entries: readonly Entry[]; readonly makeRow: (entry: Entry) => string }) {
  const rows = useSlicedRows(entries, keyOf, makeRow, 100);
  return (
    <ul aria-label="Rows">
      {rows.map((row) => (
        <li key={row}>{row}</li>
      ))}
    </ul>
  );
}

const shown = () => screen.getByRole("list", { name: "Rows" }).childElementCount;
const entriesOf = (count: number, title = "Proposal") => Array.from({ length: count }, (_, id): Entry => ({ id, title }));

describe("useSlicedRows", () => {
  it("[A11Y4] a long list's rows are made a slice per task, only as their slice is shown, and each once while its entry does not change", async () => {
    vi.useFakeTimers();
    const made: number[] = [];
    const makeRow = (entry: Entry) => (made.push(entry.id), `${entry.title} ${entry.id}`);
    const { rerender } = render(<Rows entries={entriesOf(250)} makeRow={makeRow} />);
    // The task that shows the page makes the first slice only.
    expect([shown(), made.length]).toEqual([100, 100]);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect([shown(), made.length]).toEqual([200, 200]);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect([shown(), made.length]).toEqual([250, 250]);
    expect(new Set(made).size).toBe(250);

    // The list read again (new copies of the same entries) makes no row again; a changed entry's row is made again.
    rerender(<Rows entries={entriesOf(250)} makeRow={makeRow} />);
    expect(made.length).toBe(250);
    rerender(<Rows entries={[...entriesOf(249), { id: 249, title: "Renamed" }]} makeRow={makeRow} />);
    expect(made.slice(250)).toEqual([249]);
    expect(screen.getByText("Renamed 249")).toBeDefined();

    // Another way of making rows (another language) makes them again.
    rerender(<Rows entries={entriesOf(250)} makeRow={(entry) => `Propuesta ${entry.id}`} />);
    expect(screen.getByText("Propuesta 0")).toBeDefined();
    expect(shown()).toBe(250);
  });
});
