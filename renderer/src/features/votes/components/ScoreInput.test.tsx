// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { ScoreInput } from "./ScoreInput.js";
import { trees } from "./test-helpers/voting-fixtures.js";

afterEach(cleanup);

describe("ScoreInput", () => {
  it("[T13] gives each option a 0…maxScore scale, stepped with the arrow keys, and emits an integer score for every option", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTranslated(<ScoreInput options={trees} maxScore={5} value={{ ash: 2 }} onChange={onChange} legend="Score each option" />);
    const scale = (name: string) => screen.getByRole("radiogroup", { name });
    expect(within(scale("Birch")).getAllByRole("radio")).toHaveLength(6);
    expect(within(scale("Ash")).getByRole<HTMLInputElement>("radio", { name: "2" }).checked).toBe(true);
    expect(within(scale("Birch")).getByRole<HTMLInputElement>("radio", { name: "0" }).checked).toBe(true);
    fireEvent.click(within(scale("Birch")).getByRole("radio", { name: "5" }));
    expect(onChange).toHaveBeenLastCalledWith({ ash: 2, birch: 5, cedar: 0 });
    within(scale("Cedar")).getByRole("radio", { name: "0" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(onChange).toHaveBeenLastCalledWith({ ash: 2, birch: 0, cedar: 1 });
  });

  it("[T13] takes a typed score on a large scale, kept within 0 to the highest score", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTranslated(<ScoreInput options={trees} maxScore={100} value={{}} onChange={onChange} legend="Score each option" />);
    const cedar = screen.getByRole("textbox", { name: "Cedar" });
    await user.clear(cedar);
    await user.type(cedar, "70");
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith({ ash: 0, birch: 0, cedar: 70 });
    await user.clear(cedar);
    await user.type(cedar, "101");
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith({ ash: 0, birch: 0, cedar: 100 });
  });
});
