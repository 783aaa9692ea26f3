import type { ChapterId, MemberKey, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { DelegationEntry } from "./delegation-entries.js";
import { proposalDelegation } from "./proposal-delegation.js";

const city = "city-chapter" as ChapterId;
const hood = "hood-chapter" as ChapterId;
const kettle = "kettle-proposal" as ProposalId;
const [ana, bo, cy, di] = ["ana", "bo", "cy", "di"] as MemberKey[];
let n = 0;
const record = (signer: MemberKey, scope: DelegationEntry["scope"], to: MemberKey | null, seq = 1, expires: number | null = null): DelegationEntry => ({
  id: `r${String(++n).padStart(3, "0")}` as RecordId,
  signer,
  scope,
  to,
  seq,
  expires,
  at: n,
});
const vote = { proposal: kettle, chapter: hood, ancestors: [city] };

describe("a delegation chosen from the proposal page (PROTOCOL.md DG3)", () => {
  it("[DG3] the proposal's own choice comes before the chapter's, which comes before an ancestor's; 'no one' for the proposal stops a broader one", () => {
    const cityWide = record(ana, { chapter: city, subchapters: true }, bo);
    expect(proposalDelegation([cityWide], vote, ana, 0)).toMatchObject({ here: undefined, lastSeq: 0, applies: { to: bo }, fromProposal: false });
    const hoodWide = record(ana, { chapter: hood, subchapters: true }, cy);
    expect(proposalDelegation([cityWide, hoodWide], vote, ana, 0)).toMatchObject({ applies: { to: cy }, fromProposal: false });
    const here = record(ana, { proposal: kettle }, di);
    expect(proposalDelegation([cityWide, hoodWide, here], vote, ana, 0)).toMatchObject({ here: di, lastSeq: 1, applies: { to: di }, fromProposal: true });
    const revoked = record(ana, { proposal: kettle }, null, 2);
    expect(proposalDelegation([cityWide, hoodWide, here, revoked], vote, ana, 0)).toEqual({ here: null, lastSeq: 2, applies: "none", fromProposal: false, carried: [] });
  });

  it("[DG2.5] [DG3] the highest seq stands and an expired choice gives none; the delegate sees whose votes on this proposal come to them", () => {
    const first = record(bo, { proposal: kettle }, ana, 1);
    const changed = record(bo, { proposal: kettle }, cy, 2);
    const cyChapter = record(di, { chapter: hood, subchapters: true }, ana);
    const elsewhere = record(cy, { proposal: "other-proposal" as ProposalId }, ana);
    const entries = [first, changed, cyChapter, elsewhere];
    expect(proposalDelegation(entries, vote, ana, 0).carried).toEqual([di]);
    expect(proposalDelegation(entries, vote, cy, 0).carried).toEqual([bo]);
    const expiring = record(di, { proposal: kettle }, bo, 1, 1_000);
    expect(proposalDelegation([...entries, expiring], vote, bo, 500).carried).toEqual([di]);
    expect(proposalDelegation([...entries, expiring], vote, bo, 2_000).carried).toEqual([]);
    expect(proposalDelegation([...entries, expiring], vote, di, 2_000)).toMatchObject({ here: null, lastSeq: 1, applies: { to: ana }, fromProposal: false });
  });
});
