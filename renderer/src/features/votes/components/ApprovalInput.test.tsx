// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApprovalInput } from "./ApprovalInput.js";
import { ash, cedar, trees } from "./test-helpers/voting-fixtures.js";

afterEach(cleanup);

describe("ApprovalInput", () => {
  it("[T12] is a checkbox per option and emits the approved ids sorted, whatever order they were ticked in", () => {
    const onChange = vi.fn();
    render(<ApprovalInput options={trees} value={[cedar]} onChange={onChange} legend="Approve any" />);
    expect(screen.getAllByRole("checkbox")).toHaveLength(3);
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Cedar" }).checked).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Ash" }));
    expect(onChange).toHaveBeenLastCalledWith([ash, cedar]);
    expect(screen.getByText("1 of 3 approved.")).toBeTruthy();
  });

  it("[T12] lets the member approve none: unticking the last emits an empty list", () => {
    const onChange = vi.fn();
    render(<ApprovalInput options={trees} value={[ash]} onChange={onChange} legend="Approve any" />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Ash" }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
