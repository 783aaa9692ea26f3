// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { Suspense, use, useLayoutEffect } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { REST_AS_TRANSITION, useSlices } from "./use-slices.js";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
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

  it("[A11Y4] rows that arrive after the list was shown empty (a read after a reload) show their first slice at once", async () => {
    vi.useFakeTimers();
    const { rerender } = render(<Rows count={0} step={100} />);
    expect(rows()).toBe(0);
    rerender(<Rows count={250} step={100} />);
    expect(rows()).toBe(100);
    await act(() => vi.advanceTimersToNextTimerAsync());
    expect(rows()).toBe(200);
  });

  it("[issue 10] with REST_AS_TRANSITION, every row after the first slice comes in one commit, with no timer", async () => {
    // The slices' timers faked, not React's own scheduling.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const commits: number[] = [];
    function Listed({ count }: { readonly count: number }) {
      const shown = useSlices(count, 100, REST_AS_TRANSITION);
      useLayoutEffect(() => void commits.push(shown));
      return (
        <ul aria-label="Rows">
          {Array.from({ length: shown }, (_, i) => (
            <li key={i}>Row {i + 1}</li>
          ))}
        </ul>
      );
    }
    const { rerender } = render(<Listed count={1000} />);
    expect(rows()).toBe(1000);
    expect(commits).toEqual([100, 1000]);
    expect(vi.getTimerCount()).toBe(0);
    // Rows that arrive later come the same way; a list that shrinks shows what it holds.
    rerender(<Listed count={1200} />);
    await act(() => Promise.resolve());
    expect(rows()).toBe(1200);
    expect(vi.getTimerCount()).toBe(0);
    rerender(<Listed count={40} />);
    expect(rows()).toBe(40);
    expect(screen.getByText("Row 40")).toBeTruthy();
  });

  it("[issue 10] with REST_AS_TRANSITION, the rows after the first slice render as a transition: one that waits leaves the first slice shown, not a fallback", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const never = new Promise<void>(() => undefined);
    /** The 250th row waits for data that never comes (React's `use`). */
    function Waiting() {
      use(never);
      return <li>Never</li>;
    }
    function Listed({ count }: { readonly count: number }) {
      const shown = useSlices(count, 100, REST_AS_TRANSITION);
      return (
        <ul aria-label="Rows">
          {Array.from({ length: shown }, (_, i) => (i === 249 ? <Waiting key={i} /> : <li key={i}>Row {i + 1}</li>))}
        </ul>
      );
    }
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Listed count={300} />
      </Suspense>,
    );
    await act(() => vi.advanceTimersByTimeAsync(100));
    // A synchronous render of the rest (a slice in a timer's task) would replace the list with the fallback.
    expect(screen.queryByText("Loading")).toBeNull();
    expect(rows()).toBe(100);
    expect(screen.getByText("Row 100")).toBeTruthy();
  });
});
