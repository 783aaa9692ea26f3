// @vitest-environment jsdom
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { canonicalize, type RecordId } from "@chapterhouse/crdt/records";
import type { VoteReport } from "@chapterhouse/crdt/report";
import type { OptionId } from "@chapterhouse/crdt/tally";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { BundleCheckView } from "./BundleCheckView.js";
import type { BundleCheck, BundleReport } from "./check-bundle.js";

// The core's known-answer vote: its report is what `chapterhouse verify` prints for its bundle.
// (check-bundle.test.ts runs the real check in Node: WebCrypto refuses jsdom's byte arrays.)
let sound: BundleReport;
let forged: BundleCheck;
let forgedId = "";

beforeAll(async () => {
  const vector = resolve(
    dirname(fileURLToPath(import.meta.url)),
    "../../../../../crdt/vectors/votes/simulated-schulze.json",
  );
  const { report } = JSON.parse(await readFile(vector, "utf8")) as { report: VoteReport };
  const options = [
    ["allotments", "Allotments by the river"],
    ["orchard", "Orchard on the hill"],
    ["meadow", "Wildflower meadow"],
    ["playground", "Adventure playground"],
  ].map(([id, label]) => ({ id: id as OptionId, label: label! }));
  sound = {
    type: "report",
    report,
    canonical: canonicalize(report),
    chapterName: "Riverside Assembly",
    open: null,
    options,
    signers: {},
  };
  forgedId = report.records.find((line) => line.kind === "ballot")!.id;
  const problem = {
    record: forgedId as RecordId,
    problem: "invalid-signature" as const,
    detail: "[D3.6] signature does not verify under the strict policy (S1)",
  };
  const tampered: VoteReport = {
    ...report,
    verified: false,
    problems: [problem],
    records: report.records.map((line) =>
      line.id === forgedId
        ? { id: line.id, kind: line.kind, status: "invalid-signature", detail: problem.detail }
        : line,
    ),
  };
  forged = { ...sound, report: tampered, canonical: canonicalize(tampered) };
});

afterEach(cleanup);

describe("a checked vote bundle on its page", () => {
  it("[V11.1] a sound file says verified in words, with the tally, the electorate and the ballots counted", () => {
    renderTranslated(<BundleCheckView fileName="stairwell.vote-bundle.json" check={sound} />);
    const verdict = screen.getByTestId("bundle-verdict");
    expect(verdict.dataset["verdict"]).toBe("verified");
    expect(verdict.textContent).toMatch(
      /^Verified: every record in this file checks out, and the sealed result is the count of the \d+ ballots the close counted\.$/,
    );
    expect(screen.getByRole("heading", { name: "Result" })).toBeTruthy();
    expect(screen.getByTestId("bundle-electorate").textContent).toBe("13 members, total weight 23");
    expect(screen.getAllByText("Allotments by the river").length).toBeGreaterThan(0); // the options by the version's labels
    expect(screen.getByTestId("bundle-ballots").textContent).toMatch(/counted by the close$/);
  });

  it("[V9.3] a tampered file says problems found and names the forged record; the details hold the report the verifier prints", () => {
    renderTranslated(<BundleCheckView fileName="forged.vote-bundle.json" check={forged} />);
    const verdict = screen.getByTestId("bundle-verdict");
    expect(verdict.dataset["verdict"]).toBe("problems");
    expect(verdict.textContent).toContain("Problems found: this file does not prove the vote's result.");
    const problems = within(screen.getByRole("list", { name: "Problems" })).getAllByRole("listitem");
    const named = problems.find((item) => item.dataset["record"] === forgedId);
    expect(named?.textContent).toMatch(/^Invalid signature: the ballot record /);
    // The verifier's own words (rule ids, in English) stay in the full report, not on the page.
    expect(named?.textContent).not.toContain("[D3.6]");
    expect(screen.queryByTestId("bundle-report-json")).toBeNull(); // the report renders only when asked for
    const details = screen
      .getByText("The full report, as the command-line verifier prints it")
      .closest("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    expect(screen.getByTestId("bundle-report-json").textContent).toBe(
      forged.type === "report" ? forged.canonical : "",
    );
  });

  it("[V10.4] a file that is not a vote bundle gives no verdict, and says why", () => {
    renderTranslated(
      <BundleCheckView
        fileName="notes.json"
        check={{ type: "unreadable", code: "not-a-bundle", message: "not a chapterhouse-vote-bundle" }}
      />,
    );
    const verdict = screen.getByTestId("bundle-verdict");
    expect(verdict.dataset["verdict"]).toBe("unreadable");
    expect(verdict.textContent).toContain("Not a vote's proof this app can read. The file is not a vote's proof.");
    expect(verdict.textContent).toContain("Nothing was checked");
    // The verifier's own words, for whoever wants them, in the details.
    expect(within(verdict).getByRole("button", { name: "Details" }).getAttribute("aria-expanded")).toBe("false");
  });

  it("[V11.1] [I18N3] says its verdict in Spanish", () => {
    renderTranslated(<BundleCheckView fileName="stairwell.vote-bundle.json" check={sound} />, "es");
    expect(screen.getByTestId("bundle-verdict").textContent).toMatch(/^Verificada: todos los registros de este archivo son correctos/);
    expect(screen.getByTestId("bundle-electorate").textContent).toBe("13 miembros, peso total 23");
  });
});
