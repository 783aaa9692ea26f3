// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { afterEach, describe, expect, it } from "vitest";
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { VerificationSummary } from "./verification-summary.js";
import { VerificationPanel } from "./VerificationPanel.js";
import { alice, bob, dave } from "./test-helpers/voting-fixtures.js";

afterEach(cleanup);

const clean: VerificationSummary = {
  ballotsVerified: 42,
  counts: { valid: 42 },
  records: [],
  unconfirmedElectorate: 0,
  sealedMatches: true,
  contested: [],
};

const recordA = "rAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" as RecordId;
const recordB = "rBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB" as RecordId;
const recordC = "rCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC" as RecordId;
const recordD = "rDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD" as RecordId;

function renderPanel(summary: VerificationSummary, memberName?: (member: MemberKey) => string | undefined) {
  renderTranslated(<VerificationPanel summary={summary} {...(memberName === undefined ? {} : { memberName })} />);
  return screen.getByRole("region", { name: "What this device checked" });
}

describe("VerificationPanel", () => {
  it("says everything checks out when the tally matches and nothing is wrong", () => {
    const panel = renderPanel(clean);
    expect(within(panel).getByRole("status").textContent).toBe("Everything this device holds checks out.");
    expect(within(panel).getByTestId("ballots-verified").textContent).toBe("42");
    expect(within(panel).getByTestId("sealed-matches").textContent).toBe("Matches the sealed result.");
    expect(panel.textContent).toContain("None: no invalid, ineligible, conflicting or uncounted records.");
    expect(panel.textContent).toContain("Nothing is contested.");
  });

  it("lists invalid, ineligible, conflicting and not-counted records with the member and the reason", () => {
    const panel = renderPanel(
      {
        ballotsVerified: 40,
        counts: { valid: 40, "invalid-signature": 1, "ineligible-signer": 1, "conflicting-seq": 1, "not-counted": 1 },
        records: [
          { recordId: recordA, status: "invalid-signature", reason: "The signature does not verify under the signer's key." },
          { recordId: recordB, status: "ineligible-signer", reason: "Not a member of the electorate.", member: dave },
          { recordId: recordC, status: "not-counted", reason: "Valid, but the close did not count it.", member: bob },
          { recordId: recordD, status: "conflicting-seq", reason: "Another ballot with seq 2 and other content.", member: alice },
        ],
        unconfirmedElectorate: 0,
        sealedMatches: true,
        contested: [],
      },
      (member) => (member === bob ? "Bob" : member === alice ? "Alice" : undefined),
    );
    expect(within(panel).getByRole("status").textContent).toBe("4 things need attention.");
    const table = within(panel).getByRole("table", { name: "Records with problems" });
    const rows = within(table).getAllByRole("row").slice(1).map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["rAAAAAAAAA…", "–", "Invalid signature", "The signature does not verify under the signer's key."],
      ["rBBBBBBBBB…", "dave-key", "Signer not in the electorate", "Not a member of the electorate."],
      ["rCCCCCCCCC…", "Bob", "Valid, not counted by the close", "Valid, but the close did not count it."],
      ["rDDDDDDDDD…", "Alice", "Conflicting ballots from one member", "Another ballot with seq 2 and other content."],
    ]);
    expect(within(table).getByText("rAAAAAAAAA…").getAttribute("title")).toBe(recordA);
    const counts = within(panel).getByRole("table", { name: "Records by status" });
    expect(within(counts).getByRole("rowheader", { name: "Invalid signature" }).nextElementSibling?.textContent).toBe("1");
  });

  it("says plainly when the recomputed tally does not match the sealed one", () => {
    const panel = renderPanel({ ...clean, sealedMatches: false });
    expect(within(panel).getByTestId("sealed-matches").textContent).toBe("Does not match the sealed result.");
    expect(within(panel).getByRole("status").textContent).toBe("1 thing needs attention.");
  });

  it("says there is nothing sealed to compare with before the close", () => {
    const panel = renderPanel({ ...clean, sealedMatches: null });
    expect(within(panel).getByTestId("sealed-matches").textContent).toBe("Nothing sealed yet to compare with.");
  });

  it("counts the electorate entries this device can't confirm, and explains why", () => {
    const panel = renderPanel({ ...clean, unconfirmedElectorate: 3 });
    expect(within(panel).getByTestId("unconfirmed-electorate").textContent).toContain("3 (it lacks some of the membership records");
    expect(within(panel).getByRole("status").textContent).toContain("can't confirm everyone who may vote yet");
  });

  it("lists contested opens or closes with their records", () => {
    const panel = renderPanel({ ...clean, contested: [{ kind: "close", recordIds: [recordA, recordB] }] });
    const item = within(panel).getByRole("listitem");
    expect(item.textContent).toContain("Contested closes: these closes counted different ballots and none covers the others; a close counting their union settles it.");
    expect(within(item).getAllByTitle(/^r/).map((code) => code.getAttribute("title"))).toEqual([recordA, recordB]);
  });

  it("[I18N3] says it all in Spanish: the headline, the facts, the statuses", () => {
    renderTranslated(<VerificationPanel summary={{ ...clean, counts: { valid: 40, "not-counted": 1 }, records: [{ recordId: recordC, status: "not-counted", reason: "x" }] }} />, "es");
    const panel = screen.getByRole("region", { name: "Qué comprobó este dispositivo" });
    expect(within(panel).getByRole("status").textContent).toBe("1 cosa requiere atención.");
    expect(within(panel).getByTestId("sealed-matches").textContent).toBe("Coincide con el resultado sellado.");
    expect(within(within(panel).getByRole("table", { name: "Registros con problemas" })).getByText("Válida, pero el cierre no la contó")).toBeTruthy();
  });

  it("keeps ballots replaced by a later one apart from problems, and shows a status it does not know as a problem", () => {
    const panel = renderPanel({
      ...clean,
      records: [
        { recordId: recordA, status: "superseded", reason: "A later ballot (seq 3) counts.", member: alice },
        { recordId: recordB, status: "strange-new-status", reason: "Something new." },
      ],
    });
    const problems = within(panel).getByRole("table", { name: "Records with problems" });
    expect(within(problems).getByText("Strange new status")).toBeTruthy();
    const others = within(panel).getByRole("table", { name: "Other records, not errors" });
    expect(within(others).getByText("Replaced by a later ballot")).toBeTruthy();
    expect(within(panel).getByRole("status").textContent).toBe("1 thing needs attention.");
  });
});
