// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { Suspense, use } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ObservableValue } from "./observable-value.js";
import { useObservableTransition } from "./use-observable-transition.js";

/** A part of the screen that is not ready (as a lazily loaded one is). */
const never = new Promise<void>(() => undefined);
function NotReady(): never {
  use(never);
  throw new Error("unreachable");
}

function Shown({ value }: { readonly value: ObservableValue<string> }) {
  const shown = useObservableTransition(value);
  return shown === "not ready" ? <NotReady /> : <p>value {shown}</p>;
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(cleanup);

describe("useObservableTransition", () => {
  it("shows the value, its changes, and a new observable's value at once", async () => {
    const first = new ObservableValue("one");
    const { rerender } = render(<Shown value={first} />);
    expect(screen.getByText("value one")).toBeTruthy();
    await act(async () => {
      first.set("two");
      await tick();
    });
    expect(screen.getByText("value two")).toBeTruthy();
    const second = new ObservableValue("three");
    rerender(<Shown value={second} />);
    expect(screen.getByText("value three")).toBeTruthy();
    await act(async () => {
      first.set("ignored");
      second.set("four");
      await tick();
    });
    expect(screen.getByText("value four")).toBeTruthy();
  });

  it("[issue 10] renders a change as a transition: what is shown stays until the new screen is ready", async () => {
    const value = new ObservableValue("one");
    render(
      <Suspense fallback={<p>loading</p>}>
        <Shown value={value} />
      </Suspense>,
    );
    await act(async () => {
      value.set("not ready");
      await tick(20);
    });
    // A synchronous update (useSyncExternalStore) would replace it with the fallback.
    expect(screen.queryByText("loading")).toBeNull();
    expect(screen.getByText("value one")).toBeTruthy();
  });
});
