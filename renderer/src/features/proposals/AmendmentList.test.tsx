// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RecordId } from "@chapterhouse/crdt/records";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import { AmendmentList } from "./AmendmentList.js";
import { ProposalProblem } from "./proposal-problem.js";
import { detail, ids } from "./test-helpers/proposal-fixture.js";

afterEach(cleanup);

function decide(reject: (amendment: RecordId, reason: string) => Promise<unknown> = () => Promise.resolve()) {
  return {
    accept: vi.fn<(amendment: RecordId) => Promise<unknown>>(() => Promise.resolve()),
    reject: vi.fn(reject),
  };
}

describe("AmendmentList", () => {
  it("[P6.2] shows each amendment's state, and where an accepted one went", () => {
    renderTranslated(<AmendmentList detail={detail} decide={undefined} />);
    const items = within(screen.getByRole("list", { name: "Amendments" })).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-state"))).toEqual(["accepted", "proposed"]);
    expect(items[0]!.textContent).toContain("Accepted into version 2.");
    expect(items[1]!.textContent).toContain("Adds the option “Blue”.");
    expect(screen.queryByRole("button", { name: /Accept/ })).toBeNull();
  });

  it("[P6.2] shows them in Spanish, states and outcomes included", () => {
    renderTranslated(<AmendmentList detail={detail} decide={undefined} />, "es");
    const items = within(screen.getByRole("list", { name: "Enmiendas" })).getAllByRole("listitem");
    expect(items[0]!.textContent).toContain("Aceptada en la versión 2.");
    expect(items[1]!.textContent).toContain("Añade la opción «Blue».");
  });

  it("[P6.1] lets the author accept a proposed amendment into the next version, from the keyboard", async () => {
    const user = userEvent.setup();
    const actions = decide();
    renderTranslated(<AmendmentList detail={detail} decide={actions} />);
    expect(screen.getAllByRole("button", { name: /Accept into version/ })).toHaveLength(1);
    screen.getByRole("button", { name: "Accept into version 3" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(actions.accept).toHaveBeenCalledWith(ids.proposed));
  });

  it("[P6] rejects only after a second, explicit step in a dialog, with the reason given", async () => {
    const user = userEvent.setup();
    const actions = decide();
    renderTranslated(<AmendmentList detail={detail} decide={actions} />);
    await user.click(screen.getByRole("button", { name: "Reject…" }));
    const dialog = screen.getByRole("dialog", { name: "Reject amendment 2?" });
    expect(actions.reject).not.toHaveBeenCalled();
    await user.type(within(dialog).getByRole("textbox", { name: "Why (optional)" }), "Blue is too dark.");
    await user.click(within(dialog).getByRole("button", { name: "Reject amendment 2" }));
    await waitFor(() => expect(actions.reject).toHaveBeenCalledWith(ids.proposed, "Blue is too dark."));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("[P6] a refused rejection is said in plain words in the dialog, which stays open", async () => {
    const user = userEvent.setup();
    const actions = decide(() => Promise.reject(new ProposalProblem("amendment-decided", "This amendment is already accepted.")));
    renderTranslated(<AmendmentList detail={detail} decide={actions} />, "es");
    await user.click(screen.getByRole("button", { name: "Rechazar…" }));
    const dialog = screen.getByRole("dialog", { name: "¿Rechazar la enmienda 2?" });
    await user.click(within(dialog).getByRole("button", { name: "Rechazar la enmienda 2" }));
    expect((await within(dialog).findByRole("alert")).textContent).toBe("Esta enmienda ya se aceptó o se rechazó.");
  });
});
