// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import type { Choice } from "@chapterhouse/crdt/tally";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CastBallot } from "./CastBallot.js";

afterEach(cleanup);

function consentBallot(onConcern = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve())) {
  const onCast = vi.fn<(choice: Choice) => Promise<void>>(() => Promise.resolve());
  renderTranslated(
    <CastBallot
      rule={{ type: "consent" }}
      options={[]}
      currentBallot={null}
      votingOpen={true}
      onCast={onCast}
      onConcern={onConcern}
    />,
  );
  return { onCast, onConcern };
}

describe("the concern of a consent ballot", () => {
  it('[T1.1] [P4] choosing "consent with concerns" opens a field; the ballot carries the word, the concern is posted after it', async () => {
    const { onCast, onConcern } = consentBallot();
    expect(screen.queryByLabelText("Your concern (optional)")).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: /^Consent with concerns(?![a-z ])/ }));
    fireEvent.change(screen.getByLabelText("Your concern (optional)"), {
      target: { value: "  The budget has no contingency.  " },
    });
    fireEvent.click(screen.getByRole("button", { name: "Review ballot" }));
    expect(screen.getByText("The budget has no contingency.").tagName).toBe("BLOCKQUOTE");
    fireEvent.click(screen.getByRole("button", { name: "Cast ballot" }));
    await waitFor(() =>
      expect(
        screen.getByText("Your ballot was cast, and your concern posted as a comment on the proposal."),
      ).toBeTruthy(),
    );
    expect(onCast).toHaveBeenCalledExactlyOnceWith("concern");
    expect(onConcern).toHaveBeenCalledExactlyOnceWith("The budget has no contingency.");
    expect(onCast.mock.invocationCallOrder[0]!).toBeLessThan(onConcern.mock.invocationCallOrder[0]!);
  });

  it("[P4] no concern written posts nothing; a concern that could not be posted is said, the ballot still cast", async () => {
    const silent = consentBallot();
    fireEvent.click(screen.getByRole("radio", { name: /^Consent with concerns(?![a-z ])/ }));
    fireEvent.click(screen.getByRole("button", { name: "Review ballot" }));
    fireEvent.click(screen.getByRole("button", { name: "Cast ballot" }));
    await waitFor(() => expect(silent.onCast).toHaveBeenCalledOnce());
    expect(silent.onConcern).not.toHaveBeenCalled();
    cleanup();

    consentBallot(vi.fn(() => Promise.reject(new Error("the vault is locked"))));
    fireEvent.click(screen.getByRole("radio", { name: /^Consent with concerns(?![a-z ])/ }));
    fireEvent.change(screen.getByLabelText("Your concern (optional)"), { target: { value: "Too fast." } });
    fireEvent.click(screen.getByRole("button", { name: "Review ballot" }));
    fireEvent.click(screen.getByRole("button", { name: "Cast ballot" }));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "Your ballot was cast, but your concern was not posted (the vault is locked). Post it as a comment on the proposal.",
      ),
    );
    expect(screen.getByRole("heading", { name: "Your current ballot" })).toBeTruthy();
  });
});
