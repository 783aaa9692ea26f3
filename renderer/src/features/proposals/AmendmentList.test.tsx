// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RecordId } from "@chapterhouse/crdt";
import { AmendmentList } from "./AmendmentList.js";
import { detail, ids } from "./test-helpers/proposal-fixture.js";

afterEach(cleanup);

function decide() {
  return {
    accept: vi.fn<(amendment: RecordId) => Promise<unknown>>(() => Promise.resolve()),
    reject: vi.fn<(amendment: RecordId, reason: string) => Promise<unknown>>(() => Promise.resolve()),
  };
}

describe("AmendmentList", () => {
  it("[P6.2] shows each amendment's state, and where an accepted one went", () => {
    render(<AmendmentList detail={detail} decide={undefined} />);
    const items = within(screen.getByRole("list", { name: "Amendments" })).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-state"))).toEqual(["accepted", "proposed"]);
    expect(items[0]!.textContent).toContain("Accepted into version 2.");
    expect(items[1]!.textContent).toContain("Adds the option “Blue”.");
    expect(screen.queryByRole("button", { name: /Accept/ })).toBeNull();
  });

  it("[P6.1] lets the author accept a proposed amendment into the next version", async () => {
    const actions = decide();
    render(<AmendmentList detail={detail} decide={actions} />);
    expect(screen.getAllByRole("button", { name: /Accept into version/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Accept into version 3" }));
    await waitFor(() => expect(actions.accept).toHaveBeenCalledWith(ids.proposed));
  });

  it("[P6] rejects only after a second, explicit step, with the reason given", async () => {
    const actions = decide();
    render(<AmendmentList detail={detail} decide={actions} />);
    const open = screen.getByRole("button", { name: "Reject…" });
    fireEvent.click(open);
    expect(open.getAttribute("aria-expanded")).toBe("true");
    expect(actions.reject).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText("Why reject amendment #2? (optional)"), {
      target: { value: "Blue is too dark." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Reject amendment #2" }));
    await waitFor(() => expect(actions.reject).toHaveBeenCalledWith(ids.proposed, "Blue is too dark."));
  });
});
