// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { LanguageProvider } from "../../shared/i18n/LanguageProvider.js";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { readVote } from "@chapterhouse/crdt/report";
import type { Verifier } from "@chapterhouse/crdt/verify";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { shownVoteOf, type ShownVote } from "./shown-vote.js";
import { alice, facilitatorRoster, root, roster, simulated, withoutClose } from "./test-helpers/vote-fixtures.js";
import { VoteSectionView, type VoteActions } from "./VoteSectionView.js";

/** The sealed vote as alice's screen is sent it. */
let sealed: ShownVote;
/** The vote before its close, as the facilitator's screen is sent it. */
let unclosed: ShownVote;
let facilitator: MemberKey;

beforeAll(async () => {
  const { bundle } = await simulated("schulze", 8);
  // jsdom's typed arrays come from another realm than Node's crypto, so no signature verifies
  // here; the simulation signed them correctly and read-vote.test.ts verifies them in Node.
  const verifier: Verifier = { backend: "trusting (component test)", verifyBatch: (checks) => Promise.resolve(checks.map(() => true)) };
  const input = { proposal: bundle.vote.proposal, open: null, member: null, documents: bundle.documents };
  sealed = shownVoteOf(await readVote(input, verifier), alice);
  facilitator = sealed.opens[0]!.signer;
  unclosed = shownVoteOf(await readVote({ ...input, documents: withoutClose(bundle.documents, bundle.vote.open) }, verifier), facilitator);
});

function actions(): VoteActions {
  return {
    open: vi.fn(() => Promise.resolve()),
    cast: vi.fn(() => Promise.resolve()),
    concern: vi.fn(() => Promise.resolve()),
    close: vi.fn(() => Promise.resolve()),
    decide: vi.fn(() => Promise.resolve()),
    select: vi.fn(),
    exportBundle: vi.fn(),
    paidUp: vi.fn(() => Promise.resolve(new Map())),
    membersPresent: vi.fn(() => Promise.resolve([])),
  };
}

afterEach(cleanup);

describe("VoteSectionView", () => {
  it("[V9] a decided vote shows its sealed result, that it verified here, the verification panel, and exports its bundle", () => {
    const act = actions();
    const open = sealed.opens[0]!;
    renderTranslated(<VoteSectionView reading={sealed} roster={roster} chapter={open.body.chapter} me={alice} now={open.body.finalAt + 1} actions={act} />);
    expect(screen.getByRole("heading", { name: "Result" })).toBeTruthy();
    expect(screen.getByTestId("vote-verdict").getAttribute("data-verified")).toBe("true");
    expect(screen.getByTestId("vote-state").textContent).toBe("Decided: the result is final and recorded.");
    expect(screen.getByTestId("sealed-matches").textContent).toBe("Matches the sealed result.");
    expect(screen.getByTestId("ballots-verified").textContent).toBe(String(sealed.report!.ballots.eligible));
    expect(screen.getByTestId("decision-recorded")).toBeTruthy();
    // alice is not in the simulated electorate: she is told, and offered no ballot.
    expect(screen.getByText(/You can't vote in this one/)).toBeTruthy();
    // How it was checked, and the file that proves it, are in a details panel.
    expect(screen.queryByRole("button", { name: "Download the vote's proof" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "How this vote is checked" }));
    fireEvent.click(screen.getByRole("button", { name: "Download the vote's proof" }));
    expect(act.exportBundle).toHaveBeenCalledWith(open.id);
  });

  it("[V5.3] a facilitator is offered the close only from the closing time, and closing signs the plan the reading made", async () => {
    const act = actions();
    const open = unclosed.opens[0]!;
    const props = { reading: unclosed, roster: facilitatorRoster(open.body.chapter, facilitator), chapter: open.body.chapter, me: facilitator, actions: act };
    const { rerender, translations } = renderTranslated(<VoteSectionView {...props} now={open.body.closesAt - 1} />);
    expect(screen.getByRole("heading", { name: "Live tally" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Close the vote and seal the result" })).toBeNull();
    expect(screen.getByText(/you can close this vote from/)).toBeTruthy();
    rerender(
      <LanguageProvider translations={translations} browserLanguages={["en"]}>
        <VoteSectionView {...props} now={open.body.closesAt} />
      </LanguageProvider>,
    );
    const facilitatorSection = screen.getByRole("region", { name: "Facilitator" });
    expect(within(facilitatorSection).getByText(new RegExp(`counts the ${unclosed.closePlan!.counted} ballots`))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Close the vote and seal the result" }));
    await waitFor(() => expect(act.close).toHaveBeenCalledWith(open, "close"));
  });

  it("[V2.6] with no vote yet, the proposal's author is offered the open-vote form", () => {
    const none: ShownVote = { ...unclosed, opens: [], open: null, report: null, verification: null, closePlan: null, proposal: { ...unclosed.proposal, author: alice } };
    renderTranslated(<VoteSectionView reading={none} roster={roster} chapter={root} me={alice} now={Date.now()} actions={actions()} />);
    expect(screen.getByRole("heading", { name: "No vote yet" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Open a vote" }));
    const dialog = screen.getByRole("dialog", { name: "Open a vote" });
    expect(within(dialog).getByRole("form", { name: "Open a vote" })).toBeTruthy();
  });

  it("[I18N3] [V9] a decided vote says where it stands in Spanish", () => {
    const open = sealed.opens[0]!;
    renderTranslated(<VoteSectionView reading={sealed} roster={roster} chapter={open.body.chapter} me={alice} now={open.body.finalAt + 1} actions={actions()} />, "es");
    expect(screen.getByTestId("vote-state").textContent).toBe("Decidida: el resultado es definitivo y consta en el registro.");
    expect(screen.getByRole("heading", { name: "Resultado" })).toBeTruthy();
  });

  it("[V2.6] a member who is neither author nor facilitator is told who can open a vote", () => {
    const none: ShownVote = { ...unclosed, opens: [], open: null, report: null, verification: null, closePlan: null };
    renderTranslated(<VoteSectionView reading={none} roster={roster} chapter={root} me={"someone" as MemberKey} now={Date.now()} actions={actions()} />);
    expect(screen.getByText("The proposal's author or a facilitator of the chapter opens a vote when the discussion is done.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Open a vote" })).toBeNull();
  });
});
