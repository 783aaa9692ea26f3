// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PluralityInput } from "./PluralityInput.js";
import { birch, cedar, trees } from "./test-helpers/voting-fixtures.js";

afterEach(cleanup);

describe("PluralityInput", () => {
  it("[T11] is a radio list of the options that emits the chosen option's id", () => {
    const onChange = vi.fn();
    render(<PluralityInput options={trees} value={birch} onChange={onChange} legend="Choose one option" />);
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual(["ash", "birch", "cedar"]);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Birch" }).checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "Cedar" }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(cedar);
  });
});
