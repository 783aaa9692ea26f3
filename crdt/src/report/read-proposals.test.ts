import { describe, expect, it } from "vitest";
import type { CanonicalValue } from "../records/canonical.js";
import { acceptAll, readSnapshot } from "../chokepoint/read-document.js";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import { ORGANISATION_DOCUMENT } from "../documents/organisation.js";
import { PROPOSAL_DOCUMENT } from "../documents/proposal.js";
import type { ChapterId, DocumentUrl, ProposalId, RecordId } from "../records/ids.js";
import { naclSignerFromSeed } from "../verify/nacl-signer.js";
import { isParsed, parseRecord, signRecord, type ParsedRecord, type Signer } from "../records/record.js";
import { simulateVote } from "../simulation/simulate-vote.js";
import { createVerifier } from "../verify/create-verifier.js";
import { readProposalIndexes, readProposals, type LocatedSnapshot, type ProposalSnapshots, type SignedRead } from "./read-proposals.js";
import { VOTE_BUNDLE_DOCUMENT_TYPES, type VoteBundleDocument } from "./vote-bundle.js";

const founder = naclSignerFromSeed(new Uint8Array(32).fill(1));
const stranger = naclSignerFromSeed(new Uint8Array(32).fill(2));
const CHAPTER_DOC = "automerge:chapter1" as DocumentUrl;
const PROPOSAL_DOC = "automerge:prop1" as DocumentUrl;
let clock = 1_764_000_000_000;

function sign(
  signer: Signer,
  kind: string,
  body: CanonicalValue,
  deps: readonly RecordId[],
): Promise<ParsedRecord> {
  return signRecord(signer, { kind, body, at: (clock += 1000), deps: [...deps] });
}

function located(
  url: string,
  type: typeof ORGANISATION_DOCUMENT | typeof CHAPTER_DOCUMENT | typeof PROPOSAL_DOCUMENT,
  maps: Record<string, readonly ParsedRecord[]>,
): LocatedSnapshot {
  const doc = Object.fromEntries(
    Object.entries(maps).map(([map, records]) => [
      map,
      Object.fromEntries(records.map((r) => [r.id, r.text])),
    ]),
  );
  return { url: url as DocumentUrl, snapshot: snapshotDocument(type, doc) };
}

const genesisOf = (name: string, document: string) =>
  sign(
    founder,
    "genesis",
    {
      name,
      level: "international",
      parent: null,
      place: null,
      document,
      admission: { sponsors: 1, countersign: false },
      founders: [founder.publicKey],
    },
    [],
  );

/** An organisation of two chapters whose only member is their founder; the first's Chapter document is held. */
async function organisation() {
  const genesis = await genesisOf("Riverside", CHAPTER_DOC);
  const other = await genesisOf("Hillside", "automerge:chapter2");
  const chapter = genesis.id as ChapterId;
  const proposal = (signer: Signer, title: string, on: ChapterId = chapter) =>
    sign(signer, "proposal", { chapter: on, title, document: PROPOSAL_DOC }, [on]);
  const input = (
    index: readonly ParsedRecord[],
    proposalDoc?: Record<string, readonly ParsedRecord[]>,
    id?: RecordId,
  ): ProposalSnapshots => ({
    organisation: {
      organisation: located("automerge:org1", ORGANISATION_DOCUMENT, { chapters: [genesis, other] }),
      chapters: [located(CHAPTER_DOC, CHAPTER_DOCUMENT, { proposals: index })],
    },
    chapter,
    proposal:
      proposalDoc === undefined
        ? null
        : {
            id: id as ProposalId,
            document: located(PROPOSAL_DOC, PROPOSAL_DOCUMENT, proposalDoc),
            boxes: [],
          },
  });
  return { chapter, other: other.id as ChapterId, proposal, input };
}

function cache() {
  const ids = new Set<RecordId>();
  return { has: (id: RecordId) => ids.has(id), add: (id: RecordId) => void ids.add(id) };
}

describe("readProposals", () => {
  it("[P2.1] lists the chapter's proposals by members, newest first, and not one signed by a non-member", async () => {
    const { proposal, input } = await organisation();
    const first = await proposal(founder, "Repaint the stairwell");
    const second = await proposal(founder, "Bike racks");
    const foreign = await proposal(stranger, "Sell the hall");
    const read = await readProposals(input([first, foreign, second]), await createVerifier(), cache());
    expect(read.index.map((e) => [e.id, e.title, e.author, e.stage, e.document])).toEqual([
      [second.id, "Bike racks", founder.publicKey, "draft", PROPOSAL_DOC],
      [first.id, "Repaint the stairwell", founder.publicKey, "draft", PROPOSAL_DOC],
    ]);
    expect(read.proposal).toBeNull();
    expect(read.document).toBeNull();
  });

  it("[P1.4] does not list a creation record that names another chapter than the index it is in", async () => {
    const { other, proposal, input } = await organisation();
    const elsewhere = await proposal(founder, "Misfiled", other);
    const here = await proposal(founder, "Filed here");
    expect(
      (await readProposals(input([elsewhere, here]), await createVerifier(), cache())).index.map((e) => e.id),
    ).toEqual([here.id]);
  });

  it("[P8] shows the furthest stage a member noted in the index, and ignores a stranger's, a malformed or an uncited note", async () => {
    const { chapter, proposal, input } = await organisation();
    const listed = await proposal(founder, "Repaint the stairwell");
    const noted = await sign(founder, "proposal-stage", { proposal: listed.id, stage: "deliberation" }, [
      listed.id,
      chapter,
    ]);
    const forged = await sign(stranger, "proposal-stage", { proposal: listed.id, stage: "recorded" }, [
      listed.id,
      chapter,
    ]);
    const malformed = await sign(
      founder,
      "proposal-stage",
      { proposal: listed.id, stage: "closed", extra: 1 },
      [listed.id, chapter],
    );
    const uncited = await sign(founder, "proposal-stage", { proposal: listed.id, stage: "voting" }, [chapter]);
    const read = await readProposals(
      input([listed, noted, forged, malformed, uncited]),
      await createVerifier(),
      cache(),
    );
    expect(read.index.map((e) => e.stage)).toEqual(["deliberation"]);
  });

  it("[P3] judges the proposal's own document: a valid version moves it to deliberation; a comment replying to no valid comment is refused", async () => {
    const { chapter, proposal, input } = await organisation();
    const creation = await proposal(founder, "Repaint the stairwell");
    const version = await sign(
      founder,
      "version",
      { proposal: creation.id, n: 1, text: "We repaint.", options: [], accepts: [] },
      [creation.id, chapter],
    );
    const orphan = await sign(
      founder,
      "comment",
      { proposal: creation.id, version: null, text: "Re: nothing", replyTo: version.id },
      [creation.id, version.id, chapter],
    );
    const read = await readProposals(
      input([creation], { origin: [creation], versions: [version], comments: [orphan] }, creation.id),
      await createVerifier(),
      cache(),
    );
    expect(read.proposal?.found).toBe(true);
    const detail = read.proposal?.found === true ? read.proposal.detail : undefined;
    expect(detail).toMatchObject({
      id: creation.id,
      title: "Repaint the stairwell",
      stage: "deliberation",
      author: founder.publicKey,
      comments: [],
    });
    expect(detail!.versions.map((v) => [v.id, v.n, v.text])).toEqual([[version.id, 1, "We repaint."]]);
    expect(detail!.refused).toEqual([
      expect.objectContaining({ id: orphan.id, kind: "comment", status: "wrong-context" }),
    ]);
    expect(read.document!.maps["versions"]!.map((r) => r.id)).toEqual([version.id]);
    expect(read.document!.verified["comments"]!.map((r) => r.id)).toEqual([orphan.id]);
  });

  it("[P1.4] a proposal whose creation record names another document is not shown from this one", async () => {
    const { chapter, input } = await organisation();
    const creation = await sign(
      founder,
      "proposal",
      { chapter, title: "Elsewhere", document: "automerge:other1" },
      [chapter],
    );
    const read = await readProposals(
      input([creation], { origin: [creation] }, creation.id),
      await createVerifier(),
      cache(),
    );
    expect(read.proposal).toMatchObject({ found: false });
    expect(read.proposal?.found === false ? read.proposal.why : "").toMatch(/^\[P1\.4\]/);
  });
});

/** A bundle's document as the snapshot its device would take. */
const locatedOf = (d: VoteBundleDocument): LocatedSnapshot => ({ url: d.url, snapshot: snapshotDocument(VOTE_BUNDLE_DOCUMENT_TYPES.get(d.type)!, d.records) });

describe("readProposals: closing and recording", () => {
  it("[P7] a proposal whose vote is closed and decided reads as recorded once its ballot boxes are given, and as voting without them", async () => {
    const { bundle } = await simulateVote(
      { voters: 12, rule: "majority", chapters: 1, seed: "stage" },
      globalThis.crypto.subtle,
    );
    const of = (type: string) => bundle.documents.filter((d) => d.type === type);
    const proposalDoc = of("proposal")[0]!;
    const creation = parseRecord(Object.values(proposalDoc.records["origin"]!)[0]!);
    if (!isParsed(creation)) throw new Error("the simulated proposal does not parse");
    const chapter = (creation.envelope.body as { chapter: ChapterId }).chapter;
    const input = (boxes: readonly VoteBundleDocument[]) => ({
      organisation: { organisation: locatedOf(of("organisation")[0]!), chapters: of("chapter").map(locatedOf) },
      chapter,
      proposal: { id: bundle.vote.proposal, document: locatedOf(proposalDoc), boxes: boxes.map(locatedOf) },
    });
    const verifier = await createVerifier();

    const without = await readProposals(input([]), verifier, cache());
    expect(without.index.map((e) => e.id)).toEqual([bundle.vote.proposal]);
    const pending = without.proposal?.found === true ? without.proposal.detail : undefined;
    expect(pending?.stage).toBe("voting");
    expect(pending?.vote).toMatchObject({ open: bundle.vote.open, closeHeld: true });
    expect([...pending!.vote!.boxes].sort()).toEqual(
      of("ballot-box")
        .map((d) => d.url)
        .sort(),
    );

    const withBoxes = await readProposals(input(of("ballot-box")), verifier, cache());
    expect(withBoxes.proposal?.found === true ? withBoxes.proposal.detail.stage : undefined).toBe("recorded");
  });
});

describe("readProposalIndexes", () => {
  it("[P8] lists each chapter's index as readProposals does, from one pass; a chapter whose document is not held has none", async () => {
    const { chapter, other, proposal, input } = await organisation();
    const first = await proposal(founder, "Repaint the stairwell");
    const foreign = await proposal(stranger, "Sell the hall");
    const given = input([first, foreign]);
    const verifier = await createVerifier();
    const indexes = await readProposalIndexes(given.organisation, [chapter, other, chapter], verifier, cache());
    expect([...indexes.keys()]).toEqual([chapter, other]);
    expect(indexes.get(chapter)).toEqual((await readProposals(given, verifier, cache())).index);
    expect(indexes.get(chapter)!.map((entry) => entry.title)).toEqual(["Repaint the stairwell"]);
    expect(indexes.get(other)).toEqual([]);
  });
});

describe("readProposals: pass 1's read given by the device", () => {
  it("[P1.3] a device's own read of each document (kept from before) gives the same index and proposal, each document read once through it", async () => {
    const { chapter, proposal, input } = await organisation();
    const creation = await proposal(founder, "Repaint the stairwell");
    const given = input([creation], { origin: [creation] }, creation.id);
    const verifier = await createVerifier();
    const asked: string[] = [];
    const kept: SignedRead = (document) => {
      asked.push(document.url);
      return readSnapshot(document.type, document.snapshot, verifier, { verified: cache(), authorise: acceptAll });
    };
    const expected = await readProposals(given, verifier, cache());
    expect(await readProposals(given, verifier, cache(), undefined, kept)).toEqual(expected);
    const documents = [given.organisation.organisation, ...given.organisation.chapters, given.proposal!.document].map((entry) => entry.url);
    expect(asked).toEqual(documents);
    asked.length = 0;
    expect(await readProposalIndexes(given.organisation, [chapter], verifier, cache(), kept)).toEqual(new Map([[chapter, expected.index]]));
    expect(asked).toEqual(documents.slice(0, -1));
  });

  it("[P8] [D3.8] the chapter's index is judged over pass 1's read of its Chapter document: with that read given, the snapshot is not checked again", async () => {
    const { chapter, proposal, input } = await organisation();
    const records = await Promise.all(["Repaint the stairwell", "Bike racks", "A tool library"].map((title) => proposal(founder, title)));
    const given = input(records);
    const verifier = await createVerifier();
    const reads = new Map<string, ReturnType<SignedRead>>();
    const kept: SignedRead = (document) => {
      if (!reads.has(document.url)) reads.set(document.url, readSnapshot(document.type, document.snapshot, verifier, { verified: cache(), authorise: acceptAll }));
      return reads.get(document.url)!;
    };
    const expected = await readProposals(given, verifier, cache());
    // Every id the chokepoint looks up in the verified-id cache is a record it parsed and hashed (D3.4–D3.6).
    const lookups: RecordId[] = [];
    const counting = () => {
      const ids = cache();
      return { has: (id: RecordId) => (lookups.push(id), ids.has(id)), add: ids.add };
    };
    await kept({ ...given.organisation.organisation, type: ORGANISATION_DOCUMENT });
    await kept({ ...given.organisation.chapters[0]!, type: CHAPTER_DOCUMENT });
    expect(await readProposals(given, verifier, counting(), undefined, kept)).toEqual(expected);
    expect(await readProposalIndexes(given.organisation, [chapter], verifier, counting(), kept)).toEqual(new Map([[chapter, expected.index]]));
    expect(lookups).toEqual([]);
    expect(expected.index.map((entry) => entry.title)).toEqual(["A tool library", "Bike racks", "Repaint the stairwell"]);
  });
});
