import { isParsed, parseRecord, type RecordId } from "@chapterhouse/crdt/records";
import type { VoteBundleDocument } from "@chapterhouse/crdt/report";
import { simulateVote } from "@chapterhouse/crdt/simulation";
import { describe, expect, it } from "vitest";
import { closeEntries } from "./close-entries.js";

describe("closeEntries", () => {
  it("[V5] the close records of an open, with signer and time, and none of another open; a damaged record or one kept under another id is not a close", async () => {
    const vote = await simulateVote({ voters: 5, rule: "majority", chapters: 1, seed: "closes" }, globalThis.crypto.subtle);
    const proposal = vote.bundle.documents.find((document) => Object.values(document.records["votes"] ?? {}).some((text) => text.includes('"kind":"close"')))!;
    const closes = closeEntries(proposal, vote.bundle.vote.open);
    expect(closes).toHaveLength(1);
    const text = proposal.records["votes"]![closes[0]!.id]!;
    const parsed = parseRecord(text);
    expect(isParsed(parsed) && parsed.envelope.kind === "close" && closes[0]!.signer === parsed.envelope.signer && closes[0]!.at === parsed.envelope.at).toBe(true);
    expect(closeEntries(proposal, "another-open" as RecordId)).toEqual([]);
    const damaged: VoteBundleDocument = { ...proposal, records: { ...proposal.records, votes: { [closes[0]!.id]: text.replace('"kind":"close"', '"kind":"closed"'), ["other-id" as RecordId]: text } } };
    expect(closeEntries(damaged, vote.bundle.vote.open)).toEqual([]);
  });
});
