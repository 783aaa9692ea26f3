// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { PluralityInput } from "./PluralityInput.js";
import { birch, cedar, trees } from "./test-helpers/voting-fixtures.js";

afterEach(cleanup);

describe("PluralityInput", () => {
  it("[T11] is a radio group of the options that emits the chosen option's id", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTranslated(<PluralityInput options={trees} value={birch} onChange={onChange} legend="Choose one option" />);
    expect(screen.getByRole("radiogroup", { name: "Choose one option" })).toBeTruthy();
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual(["ash", "birch", "cedar"]);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Birch" }).checked).toBe(true);
    await user.click(screen.getByRole("radio", { name: "Cedar" }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(cedar);
  });
});
