import { describe, expect, it } from "vitest";
import { hashText } from "../encoding/hash.js";
import { lineOf, OPEN_AT, CLOSES_AT, voteScenario } from "../report/test-helpers/vote-scenario.js";
import { signOpen } from "./vote-records.js";

describe("opens", () => {
  it("[V2.2] an open whose text hash or options are not the version's is wrong-context", async () => {
    const s = await voteScenario();
    const wrongHash = await s.reopen({ textHash: hashText("another text") });
    const report = await s.report(wrongHash.id);
    expect(lineOf(report, wrongHash)).toMatchObject({ status: "wrong-context", detail: "[V2.2] textHash is not the hash of the text and options voted on" });
    expect(report.problems.map((p) => p.problem)).toContain("open-not-valid");
  });

  it("[V2.3] an open whose rule the tally refuses is malformed", async () => {
    const s = await voteScenario();
    const plurality = await s.reopen({ rule: { type: "plurality" } });
    const threshold = await s.reopen({ rule: { type: "supermajority", threshold: { num: 0, den: 3 } } }, OPEN_AT + 2);
    const report = await s.report();
    expect(lineOf(report, plurality)).toMatchObject({ status: "malformed", detail: "[V2.3] rule plurality needs at least two options" });
    expect(lineOf(report, threshold)?.detail).toMatch(/^\[V2\.3\] rule\.threshold must be more than 0/);
  });

  it("[V2.4] an open signed after its own closing time is malformed", async () => {
    const s = await voteScenario();
    const late = await s.reopen({}, CLOSES_AT + 1);
    expect(lineOf(await s.report(), late)).toMatchObject({ status: "malformed", detail: "[V2.4] the open's time is after its closesAt" });
  });

  it("[V2.6] [V2.1] only the author or a facilitator opens a vote; an open of another chapter is wrong-context", async () => {
    const s = await voteScenario();
    const byBob = await signOpen(s.people.bob, s.openFields, { at: OPEN_AT + 3, deps: [s.admits.get("bob")!.id] });
    s.writer.put("proposal", s.proposalUrl, "votes", byBob);
    const elsewhere = await s.reopen({ chapter: s.north.id }, OPEN_AT + 4);
    const report = await s.report();
    expect(lineOf(report, byBob)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[V2\.6\]/) });
    expect(lineOf(report, elsewhere)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[V2\.1\] chapter/) });
    expect(lineOf(report, s.open)?.status).toBe("valid");
  });

  it("[V2.7] an open superseding something that is not a valid open of the proposal is wrong-context", async () => {
    const s = await voteScenario();
    const bad = await s.reopen({ supersedes: [s.version.id] });
    expect(lineOf(await s.report(), bad)?.detail).toMatch(/^\[V2\.7\] supersedes/);
  });
});
