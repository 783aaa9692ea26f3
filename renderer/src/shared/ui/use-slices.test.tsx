// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useSlices } from "./use-slices.js";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A list of `count` rows built as the app builds long lists. */
function Rows({ count, step }: { readonly count: number; readonly step: number }) {
  const shown = useSlices(count, step);
  return (
    <ul aria-label="Rows">
      {Array.from({ length: shown }, (_, i) => (
        <li key={i}>Row {i + 1}</li>
      ))}
    </ul>
  );
}

const rows = () => screen.getByRole("list", { name: "Rows" }).childElementCount;

describe("useSlices", () => {
  it("[A11Y4] a long list is built a slice per task, each task adding at most one slice, until every row is in the page", async () => {
    vi.useFakeTimers();
    const { rerender } = render(<Rows count={250} step={100} />);
    expect(rows()).toBe(100);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(rows()).toBe(200);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(rows()).toBe(250);
    expect(vi.getTimerCount()).toBe(0);
    // A row that arrives later is added; a list that shrinks shows what it holds.
    rerender(<Rows count={251} step={100} />);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(rows()).toBe(251);
    rerender(<Rows count={40} step={100} />);
    expect(rows()).toBe(40);
    expect(screen.getByText("Row 40")).toBeTruthy();
  });
});
