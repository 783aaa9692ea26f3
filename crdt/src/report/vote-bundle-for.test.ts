import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { BALLOT_BOX_DOCUMENT, createBallotBoxDoc } from "../documents/ballot-box.js";
import type { DocumentUrl, RecordId } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import { bundleDocumentOfSnapshot } from "./bundle-document.js";
import { urlNamed, voteScenario } from "./test-helpers/vote-scenario.js";
import { openBoxDocuments, voteBundleFor } from "./vote-bundle-for.js";
import { mergeDocuments, type VoteBundleDocument } from "./vote-bundle.js";

describe("the vote bundle of one vote", () => {
  it("[V10.2] keeps what the vote rests on: other boxes, other maps, other proposals' and votes' records are left out, unreadable texts kept", async () => {
    const s = await voteScenario();
    const ballot = await s.ballot(s.people.bob, "for");
    const other = await voteScenario({ title: "Another proposal" });
    const otherOpen = await other.reopen({ closesAt: other.openFields.closesAt + 1 });
    const chapterDocument = s.bundle().documents.find((d) => d.type === "chapter" && d.url === s.root.url)!;
    const stray: VoteBundleDocument = { type: "ballot-box", url: urlNamed("stray box"), records: { ballots: { [ballot.id]: ballot.text } } };
    const extra: VoteBundleDocument[] = [
      stray,
      { ...chapterDocument, records: { posts: { x: "junk" }, proposals: { [other.proposal.id]: other.proposal.text, garbled: "not a record" }, decisions: { [otherOpen.id]: otherOpen.text } } },
      { type: "proposal", url: s.proposalUrl, records: { votes: { [otherOpen.id]: otherOpen.text } } },
    ];
    const bundle = voteBundleFor([...s.bundle().documents, ...extra], s.proposalId, s.open.id);
    expect(bundle.vote).toEqual({ proposal: s.proposalId, open: s.open.id });
    expect(bundle.documents.map((d) => [d.type, d.url])).toEqual(s.bundle().documents.map((d) => [d.type, d.url]));
    const chapter = bundle.documents.find((d) => d.url === s.root.url)!;
    expect(Object.keys(chapter.records).sort()).toEqual(["decisions", "governance", "proposals"]);
    expect(chapter.records["decisions"]).toEqual({});
    expect(Object.keys(chapter.records["proposals"]!).sort()).toEqual(["garbled", s.proposal.id].sort());
    expect(Object.keys(bundle.documents.find((d) => d.type === "proposal")!.records["votes"]!)).toEqual([s.open.id]);
    // With the vote's own documents only, the bundle is the scenario's own, byte for byte.
    expect(voteBundleFor(s.bundle().documents, s.proposalId, s.open.id).documents).toEqual(mergeDocuments(s.bundle().documents));
  });

  it("[V10.2] a proposal with no open yet: an id no record has gives a bundle with no ballot box", async () => {
    const s = await voteScenario();
    await s.ballot(s.people.bob, "for");
    const bundle = voteBundleFor(s.bundle().documents, s.proposalId, s.proposalId as string as RecordId);
    expect(bundle.documents.some((d) => d.type === "ballot-box")).toBe(false);
    expect(bundle.documents.find((d) => d.type === "proposal")!.records["votes"]).toEqual({ [s.open.id]: s.open.text });
  });

  it("[V2] [V10.2] the boxes an open lists are read from its text, even a damaged one; another record names none", async () => {
    const s = await voteScenario();
    expect(openBoxDocuments(s.open.text)).toEqual(s.openFields.boxes.map((box) => box.document));
    expect(openBoxDocuments(s.open.text.replace('"boxes":', '"boxes" :'))).toBeUndefined();
    expect(openBoxDocuments(s.proposal.text)).toBeUndefined();
    expect(openBoxDocuments("not json")).toBeUndefined();
  });
});

describe("a held document as a bundle's document", () => {
  const url = "automerge:2RandomBoxUrl" as DocumentUrl;

  it("[V10.2] of texts at one key the one whose id is the key is kept, else the smaller; other values and empty maps are left out", async () => {
    const s = await voteScenario();
    const ballot = await s.ballot(s.people.bob, "for");
    const forged = ballot.text.replace('"for"', '"against"');
    const document = bundleDocumentOfSnapshot(url, {
      type: "ballot-box",
      maps: [
        {
          map: "ballots",
          candidates: [
            { key: ballot.id, text: forged },
            { key: ballot.id, text: ballot.text },
            { key: "x", text: "b" },
            { key: "x", text: "a" },
            { key: "y", foreign: "a number" },
            { key: "", text: "at the empty key" },
          ],
        },
        { map: "counted", candidates: [{ key: "", foreign: "a list in place of the map" }] },
      ],
    });
    expect(recordIdOf(forged)).not.toBe(ballot.id);
    expect(document).toEqual({ type: "ballot-box", url, records: { ballots: { "": "at the empty key", [ballot.id]: ballot.text, x: "a" } } });
  });

  it("[D3.3] [V10.2] a key written concurrently on two devices gives the same bundle document whichever way they merged", async () => {
    const s = await voteScenario();
    const ballot = await s.ballot(s.people.bob, "for");
    const base = createBallotBoxDoc({ open: s.open.id, chapter: s.north.id, shard: 0 }, { actor: "aaaa" });
    const honest = A.change(A.clone(base, "bbbb"), (d) => void (d.ballots[ballot.id] = new A.ImmutableString(ballot.text)));
    const vandal = A.change(A.clone(base, "cccc"), (d) => void (d.ballots[ballot.id] = new A.ImmutableString("vandalised")));
    const one = bundleDocumentOfSnapshot(url, snapshotDocument(BALLOT_BOX_DOCUMENT, A.merge(A.clone(honest), vandal)));
    const other = bundleDocumentOfSnapshot(url, snapshotDocument(BALLOT_BOX_DOCUMENT, A.merge(A.clone(vandal), honest)));
    expect(one).toEqual(other);
    expect(one.records["ballots"]).toEqual({ [ballot.id]: ballot.text });
  });
});
