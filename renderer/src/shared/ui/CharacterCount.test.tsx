// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CharacterCount, limitProblem } from "./CharacterCount.js";

afterEach(cleanup);

describe("a field's length against its limit", () => {
  it("[P2] counts as the record will (trimmed, UTF-16 code units) and says how many are too many, never cutting", () => {
    render(<CharacterCount id="count" value="  Fix the lights  " limit={200} />);
    expect(screen.getByText("14 of 200 characters")).toBeTruthy();
    cleanup();
    const long = "é".repeat(199) + "🙂"; // 201 code units: the emoji is two
    render(<CharacterCount id="count" value={long} limit={200} />);
    const count = screen.getByText("1 character too long: at most 200.");
    expect(count.dataset["over"]).toBe("true");
    expect(limitProblem("The title", long, 200)).toBe(
      "The title is 1 character too long: at most 200. Shorten it; nothing is cut.",
    );
    expect(limitProblem("The title", "é".repeat(200), 200)).toBeUndefined();
  });
});
