// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { Suspense, use } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { useRoute } from "./use-route.js";

/** A screen that is not ready until `ready` resolves (as a lazily loaded screen is). */
const ready = new Promise<void>(() => undefined);

function Slow(): never {
  use(ready);
  throw new Error("unreachable");
}

function Screen() {
  const { path } = useRoute();
  return path === "/slow" ? <Slow /> : <p>at {path}</p>;
}

afterEach(() => {
  cleanup();
  window.location.hash = "";
});

describe("useRoute", () => {
  it("shows where the address points, and follows its changes", async () => {
    window.location.hash = "#/first";
    render(<Screen />);
    expect(screen.getByText("at /first")).toBeTruthy();
    await act(async () => {
      window.location.hash = "#/second";
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByText("at /second")).toBeTruthy();
  });

  it("renders a new screen as a transition: the shown one stays until the new one is ready (issue 10: no long synchronous render)", async () => {
    window.location.hash = "#/first";
    render(
      <Suspense fallback={<p>loading</p>}>
        <Screen />
      </Suspense>,
    );
    expect(screen.getByText("at /first")).toBeTruthy();
    await act(async () => {
      window.location.hash = "#/slow";
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    // A synchronous update (useSyncExternalStore) would replace the screen with the fallback.
    expect(screen.queryByText("loading")).toBeNull();
    expect(screen.getByText("at /first")).toBeTruthy();
  });
});
