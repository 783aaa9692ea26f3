// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Choice, Rule } from "@chapterhouse/crdt/tally";
import { CastBallot, type CastBallotProps } from "./CastBallot.js";
import { nameOf, press, tabTo } from "./test-helpers/keyboard.js";
import { ash, birch, cedar, trees } from "./test-helpers/voting-fixtures.js";

function renderCast(props: Partial<CastBallotProps> & { readonly rule: Rule }) {
  const onCast = vi.fn<(choice: Choice) => Promise<void>>(() => Promise.resolve());
  renderTranslated(<CastBallot options={trees} currentBallot={null} votingOpen={true} onCast={onCast} {...props} />);
  return { onCast };
}

const named = (name: string) => (element: HTMLElement) => nameOf(element) === name;

afterEach(cleanup);

describe("CastBallot", () => {
  it("[T1.1] casts a ranked ballot of three options with the keyboard only", async () => {
    const { onCast } = renderCast({ rule: { type: "irv" } });
    expect(screen.getByText("Your ballot is public and permanent.")).toBeTruthy();

    await tabTo(named("Add Cedar to the ranking"));
    await press("Enter");
    expect(nameOf(document.activeElement as HTMLElement)).toBe("Add Birch to the ranking");
    await press("Enter");
    expect(nameOf(document.activeElement as HTMLElement)).toBe("Add Ash to the ranking");
    await press("Enter");
    // Every option ranked: focus lands on the last one added, ready to move it.
    expect(nameOf(document.activeElement as HTMLElement)).toBe("Ash, place 3 of 3. Drag to reorder.");
    await tabTo(named("Move up Ash"));
    await press("Enter");
    expect(screen.getByTestId("ranking-announcement").textContent).toBe("Ash moved up to place 2 of 3.");

    await tabTo(named("Review ballot"));
    await press("Enter");
    expect(document.activeElement?.textContent).toBe("Check your ballot");
    const readBack = screen.getByRole("list", { name: "Your ranking" });
    expect(within(readBack).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Cedar", "Ash", "Birch"]);
    expect(onCast).not.toHaveBeenCalled();

    await tabTo(named("Cast ballot"));
    await press("Enter");
    expect(onCast).toHaveBeenCalledExactlyOnceWith([cedar, ash, birch]);
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Your current ballot"));
    expect(screen.getByText("Your ballot was cast.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Change ballot" })).toBeTruthy();
  });

  it("[T1.6] casts a Schulze ballot ranking two options equally with the keyboard only: the shared place is a list in the ballot", async () => {
    const { onCast } = renderCast({ rule: { type: "schulze" } });
    await tabTo(named("Add Cedar to the ranking"));
    await press("Enter");
    await press("Enter");
    await press("Enter");
    await tabTo(named("Same rank as above: Ash with Birch"));
    await press(" ");
    expect(screen.getByTestId("ranking-announcement").textContent).toBe("Ash now shares place 2 of 2 with Birch.");

    await tabTo(named("Review ballot"));
    await press("Enter");
    const readBack = screen.getByRole("list", { name: "Your ranking" });
    expect(within(readBack).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Cedar", "Birch = Ash (same rank)"]);
    await tabTo(named("Cast ballot"));
    await press("Enter");
    expect(onCast).toHaveBeenCalledExactlyOnceWith([cedar, [birch, ash]]);
  });

  it("tells the member a ballot is public and permanent, and asks to confirm before casting", () => {
    const { onCast } = renderCast({ rule: { type: "majority" }, closesAtText: "Friday 18:00" });
    const notice = screen.getByText("Your ballot is public and permanent.").closest(".ballot-notice");
    expect(notice?.textContent).toContain("can never be deleted");
    expect(notice?.textContent).toContain("You can change your ballot until voting closes");
    fireEvent.click(screen.getByRole("radio", { name: /^For(?![a-z ])/ }));
    fireEvent.click(screen.getByRole("button", { name: "Review ballot" }));
    expect(screen.getByRole("heading", { name: "Check your ballot" })).toBeTruthy();
    expect(screen.getByText("For").tagName).toBe("STRONG");
    const cast = screen.getByRole("button", { name: "Cast ballot" });
    expect(document.getElementById(cast.getAttribute("aria-describedby") ?? "")?.textContent).toContain("public and permanent; you can change it until voting closes (Friday 18:00)");
    expect(onCast).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole<HTMLInputElement>("radio", { name: /^For(?![a-z ])/ }).checked).toBe(true);
  });

  it("[T3.3] will not review a yes/no ballot without an answer, and says why", () => {
    renderCast({ rule: { type: "consent" } });
    fireEvent.click(screen.getByRole("button", { name: "Review ballot" }));
    expect(screen.getByRole("alert").textContent).toBe("Choose one of the answers first.");
    expect(screen.queryByRole("heading", { name: "Check your ballot" })).toBeNull();
  });

  it("[T5.1] warns before casting an empty ranking that it counts for turnout only", () => {
    renderCast({ rule: { type: "schulze" } });
    fireEvent.click(screen.getByRole("button", { name: "Review ballot" }));
    expect(screen.getByText("You rank no option: your ballot counts for turnout only.")).toBeTruthy();
    expect(screen.getByText("Not ranked (below all ranked options): Ash, Birch, and Cedar")).toBeTruthy();
  });

  it("shows the current ballot with Change until the close; a change starts from it and can be abandoned", () => {
    const { onCast } = renderCast({ rule: { type: "approval" }, currentBallot: [birch] });
    expect(screen.getByRole("heading", { name: "Your current ballot" })).toBeTruthy();
    expect(screen.getByText("You approve:").parentElement?.textContent).toContain("Birch");
    fireEvent.click(screen.getByRole("button", { name: "Change ballot" }));
    expect(screen.getByRole("heading", { name: "Change your ballot" })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Birch" }).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Keep my current ballot" }));
    expect(screen.getByRole("heading", { name: "Your current ballot" })).toBeTruthy();
    expect(onCast).not.toHaveBeenCalled();
  });

  it("changes a cast ballot: the new choice is cast as a whole new ballot", async () => {
    const { onCast } = renderCast({ rule: { type: "plurality" }, currentBallot: ash });
    fireEvent.click(screen.getByRole("button", { name: "Change ballot" }));
    fireEvent.click(screen.getByRole("radio", { name: "Cedar" }));
    fireEvent.click(screen.getByRole("button", { name: "Review ballot" }));
    fireEvent.click(screen.getByRole("button", { name: "Cast ballot" }));
    await waitFor(() => expect(onCast).toHaveBeenCalledExactlyOnceWith(cedar));
  });

  it("after the close shows the last ballot and offers no way to change it", () => {
    renderCast({ rule: { type: "score", maxScore: 5 }, currentBallot: { ash: 4, birch: 1, cedar: 0 }, votingOpen: false });
    expect(screen.getByRole("heading", { name: "Voting has closed" })).toBeTruthy();
    expect(screen.getByText("4 of 5 points")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("after the close says when the member cast nothing", () => {
    renderCast({ rule: { type: "majority" }, votingOpen: false });
    expect(screen.getByText("You did not vote in this one.")).toBeTruthy();
    expect(screen.queryByRole("radio")).toBeNull();
  });

  it("shows why a cast failed and stays on the confirm step to try again", async () => {
    const onCast = vi.fn<(choice: Choice) => Promise<void>>(() => Promise.reject(new Error("the vault is locked")));
    renderTranslated(<CastBallot rule={{ type: "majority" }} options={[]} currentBallot={null} votingOpen={true} onCast={onCast} />);
    fireEvent.click(screen.getByRole("radio", { name: /^Abstain(?![a-z ])/ }));
    fireEvent.click(screen.getByRole("button", { name: "Review ballot" }));
    fireEvent.click(screen.getByRole("button", { name: "Cast ballot" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("Your ballot was not cast: the vault is locked"));
    expect(screen.getByRole("button", { name: "Cast ballot" })).toBeTruthy();
    expect(onCast).toHaveBeenCalledExactlyOnceWith("abstain");
  });
});
