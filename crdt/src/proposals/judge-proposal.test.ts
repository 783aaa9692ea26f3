import { describe, expect, it } from "vitest";
import { canonicalize } from "../records/canonical.js";
import { hashText } from "../encoding/hash.js";
import type { ProposalId, RecordId } from "../records/ids.js";
import { signRecord, type ParsedRecord } from "../records/record.js";
import { voteScenario, type VoteScenario } from "../report/test-helpers/vote-scenario.js";
import { CausalRosters } from "./causal-rosters.js";
import { amendedContent, contentHash } from "./content-hash.js";
import { judgeProposal } from "./judge-proposal.js";
import { signAmendment, signAmendmentReject, signComment, signProposal, signVersion } from "./proposal-records.js";
import { amendmentStates, proposalStage } from "./proposal-stage.js";

const AT = 1_700_000_001_000;

/** Judges the scenario's governance plus `records` (and its proposal and version). */
function judge(s: VoteScenario, records: readonly ParsedRecord[], id: ProposalId = s.proposalId) {
  const all = [...s.governance, s.proposal, s.version, ...records];
  const rosters = new CausalRosters(new Map(all.map((r) => [r.id, r])));
  return judgeProposal(id, all.filter((r) => ["proposal", "version", "comment", "amendment", "amendment-reject"].includes(r.envelope.kind)), { rosters });
}

const bobGrant = (s: VoteScenario) => s.admits.get("bob")!.id;

describe("proposals", () => {
  it("[P2.1] a member of the chapter (or of one below it) creates a proposal; a non-member cannot", async () => {
    const s = await voteScenario();
    const byBob = await signProposal(s.people.bob, { chapter: s.root.id, title: "Bob's idea", document: s.proposalUrl }, { at: AT, deps: [bobGrant(s)] });
    const byErin = await signProposal(s.people.erin, { chapter: s.root.id, title: "Erin's idea", document: s.proposalUrl }, { at: AT });
    expect(judge(s, [byBob], byBob.id as ProposalId).verdicts.get(byBob.id)?.status).toBe("valid");
    expect(judge(s, [byErin], byErin.id as ProposalId).verdicts.get(byErin.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[P2\.1\]/) });
    expect(judge(s, []).verdicts.get(s.proposal.id)?.status).toBe("valid");
  });

  it("[P1.2] [P1.3] a body naming an id its deps omit is malformed; a record citing what is not held is missing-deps", async () => {
    const s = await voteScenario();
    const unnamed = await signRecord(s.people.alice, { kind: "comment", body: { proposal: s.proposalId, version: null, text: "hi", replyTo: null }, at: AT, deps: [s.root.id] });
    const ghost = hashText("a record nobody holds") as RecordId;
    const orphan = await signComment(s.people.bob, { proposal: s.proposalId, version: null, text: "hi", replyTo: null }, { at: AT, deps: [bobGrant(s), ghost] });
    const result = judge(s, [unnamed, orphan]);
    expect(result.verdicts.get(unnamed.id)).toMatchObject({ status: "malformed", detail: expect.stringMatching(/^\[P1\.2\]/) });
    expect(result.verdicts.get(orphan.id)).toMatchObject({ status: "missing-deps", detail: `[P1.3] cites records not held: ${ghost}` });
  });

  it("[P3.1] versions come from the author or a facilitator, not from another member", async () => {
    const s = await voteScenario();
    const v = (signer: typeof s.people.bob, deps: RecordId[], n: number) =>
      signVersion(signer, { proposal: s.proposalId, n, text: `Text ${n}`, options: [] }, { at: AT + n, deps });
    const byAuthor = await v(s.people.alice, [s.root.id], 2);
    const byMember = await v(s.people.bob, [bobGrant(s)], 3);
    const result = judge(s, [byAuthor, byMember]);
    expect(result.verdicts.get(byAuthor.id)?.status).toBe("valid");
    expect(result.verdicts.get(byMember.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[P3\.1\]/) });
    expect([...result.versions.keys()].sort()).toEqual([s.version.id, byAuthor.id].sort());
  });

  it("[P3.2] the text hash is SHA-256 of the canonical {options, text}, options in their order", () => {
    const options = [{ id: "b", label: "Bee" }, { id: "a", label: "Ay" }];
    expect(contentHash({ text: "Pick one", options })).toBe(hashText('{"options":[{"id":"b","label":"Bee"},{"id":"a","label":"Ay"}],"text":"Pick one"}'));
    expect(contentHash({ text: "Pick one", options: [...options].reverse() })).not.toBe(contentHash({ text: "Pick one", options }));
    expect(contentHash({ text: "x", options: [] })).toBe(hashText(canonicalize({ options: [], text: "x" })));
  });

  it("[P5.1] [P5.2] [P3.3] [P6.2] an amendment is accepted into a new version by the author; a version accepting a non-amendment is refused", async () => {
    const s = await voteScenario();
    const amendment = await signAmendment(s.people.bob, { proposal: s.proposalId, version: s.version.id, change: { type: "text", text: "We adopt the bigger garden plan." }, reason: "bigger" }, { at: AT, deps: [bobGrant(s)] });
    const accepting = await signVersion(s.people.alice, { proposal: s.proposalId, n: 2, text: "We adopt the bigger garden plan.", options: [], accepts: [amendment.id] }, { at: AT + 1, deps: [s.root.id] });
    const bogus = await signVersion(s.people.alice, { proposal: s.proposalId, n: 3, text: "x", options: [], accepts: [s.version.id] }, { at: AT + 2, deps: [s.root.id] });
    const result = judge(s, [amendment, accepting, bogus]);
    expect(result.verdicts.get(accepting.id)?.status).toBe("valid");
    expect(result.verdicts.get(bogus.id)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[P3\.3\]/) });
    expect(amendmentStates(result)).toEqual([{ id: amendment.id, state: "accepted" }]);
    expect(amendedContent({ text: "a", options: [{ id: "x", label: "X" }] }, { type: "option", option: { id: "y", label: "Y" } })).toEqual({
      text: "a",
      options: [{ id: "x", label: "X" }, { id: "y", label: "Y" }],
    });
  });

  it("[P5.1] an amendment adding an option the version already has is malformed", async () => {
    const s = await voteScenario({ options: [{ id: "north", label: "North site" }, { id: "south", label: "South site" }], rule: { type: "plurality" } });
    const again = await signAmendment(s.people.bob, { proposal: s.proposalId, version: s.version.id, change: { type: "option", option: { id: "north", label: "Again" } }, reason: "" }, { at: AT, deps: [bobGrant(s)] });
    expect(judge(s, [again]).verdicts.get(again.id)).toMatchObject({ status: "malformed", detail: "[P5.1] option north is already an option of the version" });
  });

  it("[P6.1] [P6.2] the author rejects an amendment; another member cannot; an open naming one puts it to a vote", async () => {
    const s = await voteScenario();
    const amendment = await signAmendment(s.people.carol, { proposal: s.proposalId, version: s.version.id, change: { type: "text", text: "Smaller." }, reason: "" }, { at: AT, deps: [s.admits.get("carol")!.id] });
    const byBob = await signAmendmentReject(s.people.bob, { proposal: s.proposalId, amendment: amendment.id, reason: "no" }, { at: AT + 1, deps: [bobGrant(s)] });
    const result = judge(s, [amendment, byBob]);
    expect(result.verdicts.get(byBob.id)?.status).toBe("ineligible-signer");
    expect(amendmentStates(result)).toEqual([{ id: amendment.id, state: "proposed" }]);
    expect(amendmentStates(result, new Set([amendment.id]))).toEqual([{ id: amendment.id, state: "put-to-vote" }]);
    const byAlice = await signAmendmentReject(s.people.alice, { proposal: s.proposalId, amendment: amendment.id, reason: "no" }, { at: AT + 2, deps: [s.root.id] });
    expect(amendmentStates(judge(s, [amendment, byAlice]))).toEqual([{ id: amendment.id, state: "rejected" }]);
  });

  it("[P4.1] [P4.2] comments: by members, replying to comments of the same proposal", async () => {
    const s = await voteScenario();
    const first = await signComment(s.people.bob, { proposal: s.proposalId, version: s.version.id, text: "Good", replyTo: null }, { at: AT, deps: [bobGrant(s)] });
    const reply = await signComment(s.people.carol, { proposal: s.proposalId, version: null, text: "Agreed", replyTo: first.id }, { at: AT + 1, deps: [s.admits.get("carol")!.id] });
    const stranger = await signComment(s.people.erin, { proposal: s.proposalId, version: null, text: "Hello", replyTo: null }, { at: AT + 2 });
    const toVersion = await signComment(s.people.bob, { proposal: s.proposalId, version: null, text: "?", replyTo: s.version.id }, { at: AT + 3, deps: [bobGrant(s)] });
    const result = judge(s, [first, reply, stranger, toVersion]);
    expect([first, reply].map((r) => result.verdicts.get(r.id)?.status)).toEqual(["valid", "valid"]);
    expect(result.verdicts.get(stranger.id)?.status).toBe("ineligible-signer");
    expect(result.verdicts.get(toVersion.id)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[P4\.1\] replyTo/) });
  });

  it("[P1.4] a record of another proposal is wrong-context for this one", async () => {
    const s = await voteScenario();
    const other = await voteScenario({ title: "Other" });
    const result = judge(s, [other.proposal, other.version]);
    expect(result.verdicts.get(other.version.id)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[P1\.4\] belongs to proposal/) });
  });

  it("[P7] stages are derived: draft, deliberation, voting, closed, recorded", async () => {
    const s = await voteScenario();
    const draft = judge(s, []);
    expect(proposalStage({ ...draft, versions: new Map() }, { open: false, closed: false, recorded: false })).toBe("draft");
    expect(proposalStage(draft, { open: false, closed: false, recorded: false })).toBe("deliberation");
    expect(proposalStage(draft, { open: true, closed: false, recorded: false })).toBe("voting");
    expect(proposalStage(draft, { open: true, closed: true, recorded: false })).toBe("closed");
    expect(proposalStage(draft, { open: true, closed: true, recorded: true })).toBe("recorded");
    const report = await s.report();
    expect(report.proposal.stage).toBe("voting");
  });
});
