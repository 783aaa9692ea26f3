// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RULE_EXPLANATIONS } from "./components/rule-explanations.js";
import { fromLocalInput, toLocalInput } from "./local-time.js";
import { OpenVoteForm, type OpenVoteChoice } from "./OpenVoteForm.js";
import { hood, root, roster, version } from "./test-helpers/vote-fixtures.js";

const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
const options = [
  { id: "tuesday", label: "Tuesday" },
  { id: "thursday", label: "Thursday" },
];

function renderForm(versionOptions = options) {
  const onOpen = vi.fn<(choice: OpenVoteChoice) => Promise<void>>(() => Promise.resolve());
  render(<OpenVoteForm roster={roster} chapter={root} versions={[version(versionOptions)]} replaces={[]} now={NOW} onOpen={onOpen} />);
  return { onOpen };
}

const preview = () => `${screen.getByTestId("electorate-members").textContent} / ${screen.getByTestId("electorate-weight").textContent}`;

afterEach(cleanup);

describe("OpenVoteForm", () => {
  it("[V3.3] the electorate preview follows the weights by sub-chapter, computed through the core", () => {
    renderForm();
    // alice, bob and carol: members of Riverside Tenants through Old Quay, each counted once.
    expect(preview()).toBe("3 / 3");
    fireEvent.change(screen.getByLabelText("Weight of members of Old Quay"), { target: { value: "3" } });
    expect(preview()).toBe("3 / 9");
    expect(screen.getByTestId("electorate-preview").textContent).toContain("1 ballot box");
  });

  it("[V2.3] lists the nine rules, each with how it decides and when it fits; option rules need two options", () => {
    renderForm([]);
    const radios = screen.getAllByRole("radio");
    expect(radios).toHaveLength(9);
    for (const explanation of RULE_EXPLANATIONS) {
      const radio = screen.getByRole("radio", { name: new RegExp(`^${explanation.name.replace(/[()]/g, "\\$&")}`) });
      expect(radio.getAttribute("aria-describedby")).not.toBeNull();
      const about = document.getElementById(radio.getAttribute("aria-describedby")!)!.textContent;
      expect(about).toContain(explanation.summary);
      expect(about).toContain(explanation.fitsWhen);
      expect((radio as HTMLInputElement).disabled).toBe(!["majority", "supermajority", "consent", "consensus"].includes(explanation.type));
    }
  });

  it("[V2] opening gives the rule with its parameters, the quorum, the times and the weights", async () => {
    const { onOpen } = renderForm();
    fireEvent.click(screen.getByRole("radio", { name: /^Supermajority/ }));
    fireEvent.change(screen.getByLabelText("Threshold: votes for, out of"), { target: { value: "3" } });
    fireEvent.change(screen.getByLabelText("every (votes for and against)"), { target: { value: "4" } });
    fireEvent.click(screen.getByLabelText("Require a quorum"));
    fireEvent.change(screen.getByLabelText(/Share of the electorate's voting weight/), { target: { value: "60" } });
    const closes = toLocalInput(NOW + 3_600_000);
    const final = toLocalInput(NOW + 7_200_000);
    fireEvent.change(screen.getByLabelText("Voting closes at"), { target: { value: closes } });
    fireEvent.change(screen.getByLabelText("Final at"), { target: { value: final } });
    fireEvent.change(screen.getByLabelText("Weight of members of Old Quay"), { target: { value: "2" } });
    expect(screen.getByText(/Passes with at least 3\/4/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Open the vote" }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect(onOpen.mock.calls[0]![0]).toEqual({
      version: version(options),
      rule: { type: "supermajority", threshold: { num: 3, den: 4 } },
      quorum: { num: 3, den: 5 },
      closesAt: fromLocalInput(closes),
      finalAt: fromLocalInput(final),
      weights: [{ chapter: hood, weight: 2 }],
    });
  });

  it("[V2.4] a closing time already past, or a finality before the close, is refused with a sentence and nothing is signed", async () => {
    const { onOpen } = renderForm();
    fireEvent.change(screen.getByLabelText("Voting closes at"), { target: { value: toLocalInput(NOW - 60_000) } });
    fireEvent.click(screen.getByRole("button", { name: "Open the vote" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The closing time must be in the future.");
    fireEvent.change(screen.getByLabelText("Voting closes at"), { target: { value: toLocalInput(NOW + 7_200_000) } });
    fireEvent.change(screen.getByLabelText("Final at"), { target: { value: toLocalInput(NOW + 3_600_000) } });
    fireEvent.click(screen.getByRole("button", { name: "Open the vote" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("The finality time must be at or after the closing time."));
    expect(onOpen).not.toHaveBeenCalled();
  });

  it("[V2.5] a weight outside 1 to 1,000 is refused", async () => {
    const { onOpen } = renderForm();
    fireEvent.change(screen.getByLabelText("Weight of members of Old Quay"), { target: { value: "1001" } });
    fireEvent.click(screen.getByRole("button", { name: "Open the vote" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/from 1 to 1000/);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it("says which open votes a new vote replaces", () => {
    render(<OpenVoteForm roster={roster} chapter={root} versions={[version(options)]} replaces={["a", "b"] as never} now={NOW} onOpen={() => Promise.resolve()} />);
    expect(screen.getByText(/replaces the 2 votes open on this proposal/)).toBeTruthy();
  });
});
