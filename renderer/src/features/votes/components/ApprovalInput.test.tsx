// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { ApprovalInput } from "./ApprovalInput.js";
import { ash, cedar, trees } from "./test-helpers/voting-fixtures.js";

afterEach(cleanup);

describe("ApprovalInput", () => {
  it("[T12] is a checkbox per option and emits the approved ids sorted, whatever order they were ticked in", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTranslated(<ApprovalInput options={trees} value={[cedar]} onChange={onChange} legend="Approve any" />);
    expect(screen.getByRole("group", { name: "Approve any" })).toBeTruthy();
    expect(screen.getAllByRole("checkbox")).toHaveLength(3);
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Cedar" }).checked).toBe(true);
    await user.click(screen.getByRole("checkbox", { name: "Ash" }));
    expect(onChange).toHaveBeenLastCalledWith([ash, cedar]);
    expect(screen.getByText("1 of 3 approved.")).toBeTruthy();
  });

  it("[T12] lets the member approve none from the keyboard: unticking the last emits an empty list", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTranslated(<ApprovalInput options={trees} value={[ash]} onChange={onChange} legend="Approve any" />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("checkbox", { name: "Ash" }));
    await user.keyboard(" ");
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
