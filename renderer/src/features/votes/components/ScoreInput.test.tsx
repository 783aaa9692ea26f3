// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ScoreInput } from "./ScoreInput.js";
import { trees } from "./test-helpers/voting-fixtures.js";

afterEach(cleanup);

describe("ScoreInput", () => {
  it("[T13] gives each option a 0…maxScore scale and emits an integer score for every option", () => {
    const onChange = vi.fn();
    render(<ScoreInput options={trees} maxScore={5} value={{ ash: 2 }} onChange={onChange} legend="Score each option" />);
    const birch = screen.getByRole("group", { name: "Birch" });
    expect(within(birch).getAllByRole("radio")).toHaveLength(6);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Ash: 2 of 5" }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Birch: 0 of 5" }).checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "Birch: 5 of 5" }));
    expect(onChange).toHaveBeenLastCalledWith({ ash: 2, birch: 5, cedar: 0 });
  });

  it("[T13] takes a typed score on a large scale and refuses what is not a whole number in range", () => {
    const onChange = vi.fn();
    render(<ScoreInput options={trees} maxScore={100} value={{}} onChange={onChange} legend="Score each option" />);
    const cedar = screen.getByLabelText("Cedar");
    fireEvent.change(cedar, { target: { value: "70" } });
    expect(onChange).toHaveBeenLastCalledWith({ ash: 0, birch: 0, cedar: 70 });
    fireEvent.change(cedar, { target: { value: "101" } });
    expect(screen.getByRole("alert").textContent).toBe("Enter a whole number from 0 to 100.");
    expect(cedar.getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(cedar, { target: { value: "2.5" } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
