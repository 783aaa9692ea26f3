/**
 * A meeting without internet (DESIGN.md §7; ARCHITECTURE.md, Topologies 2), over real WebSockets
 * on loopback. R is an internet relay; H is a meeting host, an embedded relay with a token that
 * dials R as a mirror (W7.1, W7.2: `peers` with R's mirror token). alice (the facilitator) and bob
 * reach only H, carol only R.
 *
 * How the network splits: the relay offers no call to drop one mirror link (`RelayHandle` has only
 * `close()`), so H is closed and started again on the same data folder and port without `peers`:
 * a host whose internet went away. It serves the meeting from its store (W5.5: `close()` wrote
 * every document), and alice's and bob's stock clients re-dial it on their own. The link comes
 * back the same way, H restarted with `peers`, and both ends walk their stores (W7.3).
 *
 * Every time is a signed `at` (R6): the close is at the open's `closesAt` and the superseding
 * close before its `finalAt`, whatever the wall clock says.
 */
import { generateAutomergeUrl, parseAutomergeUrl, type AutomergeUrl, type DocHandle, type Repo } from "@automerge/automerge-repo";
import * as A from "@automerge/automerge";
import {
  BALLOT_BOX_DOCUMENT,
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  PROPOSAL_DOCUMENT,
  addRecord,
  createBallotBoxDoc,
  createChapterDoc,
  createOrganisationDoc,
  createProposalDoc,
  type BallotBoxDoc,
  type ChapterDoc,
  type OrganisationDoc,
  type ProposalDoc,
} from "@chapterhouse/crdt/documents";
import { fromBase64url, hashText } from "@chapterhouse/crdt/encoding";
import { contentHash, signProposal, signVersion } from "@chapterhouse/crdt/proposals";
import {
  isParsed,
  parseRecord,
  signRecord,
  type CanonicalValue,
  type ChapterId,
  type DocumentUrl,
  type ParsedRecord,
  type ProposalId,
  type RecordId,
} from "@chapterhouse/crdt/records";
import {
  encodeVoteBundle,
  verifyVote,
  voteReportToCanonical,
  type VoteBundle,
  type VoteBundleDocument,
  type VoteReport,
} from "@chapterhouse/crdt/report";
import { tally, type OptionId } from "@chapterhouse/crdt/tally";
import {
  naclSignerFromSeed,
  tweetnaclVerifier,
  webCryptoVerifier,
  type Verifier,
} from "@chapterhouse/crdt/verify";
import { signBallot, signClose, signOpen, tallyRule, type OpenBody } from "@chapterhouse/crdt/votes";
import { describe, expect, it } from "vitest";
import { connectDevice, type Device } from "./helpers/connect-device.js";
import { httpRequest } from "./helpers/http-get.js";
import { recordDocuments, type TypedDocument } from "./helpers/record-documents.js";
import { startTestRelay, type TestRelay } from "./helpers/start-test-relay.js";
import { waitForConvergence } from "./helpers/wait-for-convergence.js";

const MIRROR_TOKEN = "internet-relay-mirror-token";
const HOST = "meeting-host";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = 1_772_906_400_000; // 2026-03-07T18:00:00Z
const OPEN_AT = T0 + HOUR;
const CLOSES_AT = OPEN_AT + 2 * HOUR;
const FINAL_AT = CLOSES_AT + 7 * 24 * HOUR;

const signerNamed = (name: string) => naclSignerFromSeed(fromBase64url(hashText(`meeting-without-internet:${name}`)));
const sorted = (ids: readonly string[]) => [...ids].sort();

/** Whoever verifies the vote: a device or a relay's Repo, with the verifier it would use. */
interface Holder {
  readonly name: string;
  readonly repo: Repo;
  readonly verifier: Verifier;
}

/** What a holder makes of the vote: the bundle of its records and its report, each as bytes. */
interface Reading {
  readonly bundle: VoteBundle;
  readonly bundleText: string;
  readonly report: VoteReport;
  readonly reportText: string;
}

async function readVote(holder: Holder, documents: readonly TypedDocument[], vote: VoteBundle["vote"]): Promise<Reading> {
  const bundle: VoteBundle = { vote, documents: recordDocuments(holder.repo, documents) };
  const report = await verifyVote(bundle, holder.verifier);
  return { bundle, bundleText: encodeVoteBundle(bundle), report, reportText: voteReportToCanonical(report) };
}

/** Every record text of these documents that parses, by id. */
function parsedRecords(documents: readonly VoteBundleDocument[]): Map<string, ParsedRecord> {
  const out = new Map<string, ParsedRecord>();
  for (const document of documents)
    for (const texts of Object.values(document.records))
      for (const text of Object.values(texts)) {
        const parsed = parseRecord(text);
        if (isParsed(parsed)) out.set(parsed.id, parsed);
      }
  return out;
}

/** The report's line for a ballot. */
const lineOf = (report: VoteReport, record: ParsedRecord) => report.records.find((line) => line.id === record.id);

/** A tally result as the canonical value a close seals (V5.9). */
const sealable = (result: object | null): CanonicalValue => JSON.parse(JSON.stringify(result)) as CanonicalValue;

describe("a meeting without internet", () => {
  it(
    "[W7.2][W7.3][V5.10][V9.5] a vote closed in a meeting cut off from the internet converges once the host mirrors the relay again: every device and both relays hold the same records and print byte-identical reports, the absent member's ballot valid but not counted; [V5.7][V5.8] a superseding close before finality then counts it and is the current close everywhere",
    async () => {
      // Both take startTestRelay's client token (TEST_TOKEN): H's is the meeting token (W1.1).
      const R: TestRelay = await startTestRelay({ peerId: "internet-relay", mirrorToken: MIRROR_TOKEN });
      const mirrorUrl = `${R.relay.url}?token=${MIRROR_TOKEN}`;
      let H: TestRelay = await startTestRelay({ peerId: HOST, peers: [mirrorUrl] });
      const devices: Device[] = [];
      try {
        const link = await R.log.waitFor((e) => e.event === "peer-joined" && e.peer === HOST);
        expect(link.mirror, "H's dialled link is a mirror at R (W7.1: by its token, not its peer id)").toBe(true);
        const alice = await connectDevice("alice", H.clientUrl);
        const bob = await connectDevice("bob", H.clientUrl);
        const carol = await connectDevice("carol", R.clientUrl);
        devices.push(alice, bob, carol);
        const signer = { alice: signerNamed("alice"), bob: signerNamed("bob"), carol: signerNamed("carol") };
        const webCrypto = webCryptoVerifier(globalThis.crypto.subtle);
        // bob's device stands for a phone on http://LAN-address: no WebCrypto there, tweetnacl (S7).
        const holders = (): Holder[] => [
          { name: "alice", repo: alice.repo, verifier: webCrypto },
          { name: "bob", repo: bob.repo, verifier: tweetnaclVerifier() },
          { name: "carol", repo: carol.repo, verifier: webCrypto },
          { name: "H", repo: H.relay.repo, verifier: webCrypto },
          { name: "R", repo: R.relay.repo, verifier: webCrypto },
        ];
        const holder = (name: string) => holders().find((h) => h.name === name)!;
        const everyone = () => holders().map((h) => h.repo);

        // The organisation, while everyone is connected: alice founds the chapter and is its
        // facilitator (M4, M9); bob (through H) and carol (through R) admit themselves (M6.7).
        const organisation = alice.repo.import<OrganisationDoc>(A.save(createOrganisationDoc()));
        const chapter = alice.repo.import<ChapterDoc>(A.save(createChapterDoc()));
        const genesis = await signRecord(signer.alice, {
          kind: "genesis",
          body: {
            name: "Riverside Assembly",
            level: "international",
            parent: null,
            place: null,
            document: chapter.url,
            admission: { sponsors: 0, countersign: false },
            founders: [signer.alice.publicKey],
          },
          at: T0,
          deps: [],
        });
        const root = genesis.id as ChapterId;
        const role = await signRecord(signer.alice, { kind: "role", body: { chapter: root, member: signer.alice.publicKey, role: "facilitator", grant: true, decision: null }, at: T0, deps: [root] });
        organisation.change((d) => addRecord(d.chapters, genesis));
        chapter.change((d) => addRecord(d.governance, role));
        const governanceDocs = [organisation.documentId, chapter.documentId];
        await waitForConvergence([alice.repo, H.relay.repo, R.relay.repo], governanceDocs);

        const admit = async (device: Device, who: "bob" | "carol"): Promise<ParsedRecord> => {
          const record = await signRecord(signer[who], { kind: "admit", body: { chapter: root, sponsors: [], countersign: null, redeem: null }, at: T0 + MINUTE, deps: [root] });
          await device.repo.find(organisation.url);
          (await device.repo.find<ChapterDoc>(chapter.url)).change((d) => addRecord(d.governance, record));
          return record;
        };
        const admits = [await admit(bob, "bob"), await admit(carol, "carol")];
        await waitForConvergence(everyone(), governanceDocs);

        // The proposal and the open, by alice from the roster her device holds: its heads are the
        // role and both admits, carol's having come from R through the mirror link.
        const governance = [
          ...parsedRecords(
            recordDocuments(alice.repo, [
              { type: ORGANISATION_DOCUMENT, url: organisation.url },
              { type: CHAPTER_DOCUMENT, url: chapter.url },
            ]),
          ).values(),
        ];
        const cited = new Set(governance.flatMap((record) => record.envelope.deps));
        const heads = governance.map((record) => record.id).filter((id) => !cited.has(id));
        expect(sorted(heads)).toEqual(sorted([role.id, ...admits.map((record) => record.id)]));

        const proposalDoc = alice.repo.import<ProposalDoc>(A.save(createProposalDoc("We open the community kitchen on Sundays.")));
        const text = "The chapter opens the community kitchen on Sundays, run by volunteers.";
        const proposal = await signProposal(signer.alice, { chapter: root, title: "Sunday kitchen", document: proposalDoc.url as string as DocumentUrl }, { at: T0 + 10 * MINUTE, deps: [role.id] });
        const proposalId = proposal.id as ProposalId;
        const version = await signVersion(signer.alice, { proposal: proposalId, n: 1, text, options: [] }, { at: T0 + 11 * MINUTE, deps: [root] });
        // The box's URL is fixed before the open names it; its document is made once the open exists.
        const boxUrl: AutomergeUrl = generateAutomergeUrl();
        const textHash = contentHash({ text, options: [] });
        const open = await signOpen(
          signer.alice,
          {
            chapter: root,
            proposal: proposalId,
            version: version.id,
            textHash,
            options: [],
            rule: { type: "majority" },
            quorum: { num: 1, den: 2 },
            closesAt: CLOSES_AT,
            finalAt: FINAL_AT,
            heads,
            shards: 1,
            boxes: [{ chapter: root, shard: 0, document: boxUrl as string as DocumentUrl }],
          },
          { at: OPEN_AT, deps: [role.id] },
        );
        const box = alice.repo.import<BallotBoxDoc>(A.save(createBallotBoxDoc({ open: open.id, chapter: root, shard: 0 })), {
          docId: parseAutomergeUrl(boxUrl).documentId,
        });
        chapter.change((d) => addRecord(d.proposals, proposal));
        proposalDoc.change((d) => {
          addRecord(d.origin, proposal);
          addRecord(d.versions, version);
          addRecord(d.votes, open);
        });
        const voteDocs = [proposalDoc.documentId, box.documentId];
        const allDocs = [...governanceDocs, ...voteDocs];
        await waitForConvergence([alice.repo, H.relay.repo, R.relay.repo], voteDocs);
        const boxes = new Map<Device, DocHandle<BallotBoxDoc>>([[alice, box]]);
        const proposals = new Map<Device, DocHandle<ProposalDoc>>([[alice, proposalDoc]]);
        for (const device of [bob, carol]) {
          proposals.set(device, await device.repo.find<ProposalDoc>(proposalDoc.url));
          boxes.set(device, await device.repo.find<BallotBoxDoc>(box.url));
        }
        await waitForConvergence(everyone(), allDocs);

        const documents: TypedDocument[] = [
          { type: ORGANISATION_DOCUMENT, url: organisation.url },
          { type: CHAPTER_DOCUMENT, url: chapter.url },
          { type: PROPOSAL_DOCUMENT, url: proposalDoc.url },
          { type: BALLOT_BOX_DOCUMENT, url: box.url },
        ];
        const vote = { proposal: proposalId, open: open.id };
        const readEverywhere = () => Promise.all(holders().map((h) => readVote(h, documents, vote)));
        const opened = await readEverywhere();
        for (const reading of opened) expect(reading.reportText).toBe(opened[0]!.reportText);
        expect(opened[0]!.report.opens).toEqual([{ id: open.id, status: "valid" }]);
        expect(opened[0]!.report.proposal.stage).toBe("voting");
        expect(opened[0]!.report.electorate?.members).toBe(3);

        // The network splits: H loses its link to R and goes on serving the meeting.
        const restartHost = async (peers: string[]): Promise<void> => {
          const rejoined = [alice.nextJoin(), bob.nextJoin()];
          await H.relay.close();
          H = await startTestRelay({ root: H.root, port: H.relay.port, peerId: HOST, peers });
          await Promise.all(rejoined);
        };
        const splitAt = R.log.entries.length;
        await restartHost([]);
        await R.log.waitFor((e) => R.log.entries.indexOf(e) >= splitAt && e.event === "peer-left" && e.peer === HOST);
        expect(JSON.parse((await httpRequest(H.relay.port, "/healthz")).body)).toMatchObject({ peers: 2 }); // alice, bob
        expect(JSON.parse((await httpRequest(R.relay.port, "/healthz")).body)).toMatchObject({ peers: 1 }); // carol

        // All three vote: alice and bob in the meeting, carol through R.
        const ballot = async (who: "alice" | "bob" | "carol", device: Device, choice: string, minutes: number): Promise<ParsedRecord> => {
          const record = await signBallot(signer[who], { chapter: root, proposal: proposalId, open: open.id, textHash, choice, seq: 1 }, { at: OPEN_AT + minutes * MINUTE });
          boxes.get(device)!.change((d) => addRecord(d.ballots, record));
          return record;
        };
        const aliceBallot = await ballot("alice", alice, "for", 10);
        const bobBallot = await ballot("bob", bob, "against", 11);
        const carolBallot = await ballot("carol", carol, "for", 12);
        await waitForConvergence([alice.repo, bob.repo, H.relay.repo], [box.documentId]);
        await waitForConvergence([carol.repo, R.relay.repo], [box.documentId]);
        const ballotsHeld = (repo: Repo) => sorted(Object.keys(recordDocuments(repo, [{ type: BALLOT_BOX_DOCUMENT, url: box.url }])[0]!.records["ballots"] ?? {}));
        expect(ballotsHeld(H.relay.repo), "carol's ballot has not reached the meeting").toEqual(sorted([aliceBallot.id, bobBallot.id]));
        expect(ballotsHeld(R.relay.repo), "the meeting's ballots have not reached R").toEqual([carolBallot.id]);

        // alice closes the vote in the meeting, at the closing time, counting the ballots her
        // device holds as valid and sealing the tally her device recomputes (V5, V6).
        const beforeClose = await readVote(holder("alice"), documents, vote);
        const counted = beforeClose.report.records.filter((line) => line.kind === "ballot" && line.status === "valid").map((line) => line.id as RecordId);
        expect(sorted(counted)).toEqual(sorted([aliceBallot.id, bobBallot.id]));
        const first = await signClose(
          signer.alice,
          { open: open.id, boxes: [{ chapter: root, shard: 0, ids: counted }], result: sealable(beforeClose.report.recomputed) },
          { at: CLOSES_AT, deps: [root, role.id] },
        );
        const publishClose = (made: { close: ParsedRecord; counted: ParsedRecord[] }) => {
          proposalDoc.change((d) => addRecord(d.votes, made.close));
          box.change((d) => {
            for (const record of made.counted) addRecord(d.counted, record);
          });
        };
        publishClose(first);
        await waitForConvergence([alice.repo, bob.repo, H.relay.repo], voteDocs);
        const inMeeting = (await readVote(holder("bob"), documents, vote)).report;
        expect(inMeeting).toMatchObject({ verified: true, close: first.close.id, ballots: { held: 2, counted: 2 } });
        expect(inMeeting.sealed).toMatchObject({ outcome: "rejected", totals: { choices: { for: { ballots: 1 }, against: { ballots: 1 } } } });

        // Later H mirrors with R again; everything converges everywhere.
        const healAt = R.log.entries.length;
        await restartHost([mirrorUrl]);
        const relinked = await R.log.waitFor((e) => R.log.entries.indexOf(e) >= healAt && e.event === "peer-joined" && e.peer === HOST);
        expect(relinked.mirror).toBe(true);
        await waitForConvergence(everyone(), allDocs);

        const merged = await readEverywhere();
        for (const reading of merged) {
          expect(reading.bundleText, "every holder has the same records").toBe(merged[0]!.bundleText);
          expect(reading.reportText, "every holder prints the same report").toBe(merged[0]!.reportText);
        }
        const afterMerge = merged[0]!.report;
        expect(afterMerge).toMatchObject({ verified: true, close: first.close.id, matches: true, ballots: { held: 3, eligible: 3, voters: 3, counted: 2 } });
        expect(lineOf(afterMerge, carolBallot)).toMatchObject({ status: "not-counted", counted: false });
        expect(lineOf(afterMerge, carolBallot)?.detail).toMatch(/^\[V5\.10\]/);
        expect(afterMerge.notes.map((note) => [note.record, note.problem])).toContainEqual([carolBallot.id, "not-counted"]);
        for (const counts of [aliceBallot, bobBallot]) expect(lineOf(afterMerge, counts)).toEqual({ id: counts.id, kind: "ballot", status: "valid", counted: true });

        // alice issues a superseding close before finality: everything the first counted, plus
        // the ballot of carol, who had none counted (V5.7).
        const aliceView = await readVote(holder("alice"), documents, vote);
        const recount = aliceView.report.records
          .filter((line) => line.kind === "ballot" && (line.counted === true || line.status === "not-counted"))
          .map((line) => line.id as RecordId);
        expect(sorted(recount)).toEqual(sorted([aliceBallot.id, bobBallot.id, carolBallot.id]));
        const held = parsedRecords(aliceView.bundle.documents);
        const openBody = held.get(open.id)!.envelope.body as unknown as OpenBody;
        const result = tally({
          rule: tallyRule(openBody),
          options: openBody.options as readonly OptionId[],
          electorate: aliceView.report.electorate!.entries,
          ballots: recount.map((id) => {
            const record = held.get(id)!;
            return { member: record.envelope.signer, choice: (record.envelope.body as { choice: string }).choice };
          }),
        });
        const superseding = await signClose(
          signer.alice,
          { open: open.id, boxes: [{ chapter: root, shard: 0, ids: recount }], result: sealable(result), supersedes: first.close.id },
          { at: CLOSES_AT + HOUR, deps: [root, role.id] },
        );
        expect(CLOSES_AT + HOUR).toBeLessThan(FINAL_AT);
        publishClose(superseding);
        await waitForConvergence(everyone(), voteDocs);

        const final = await readEverywhere();
        for (const reading of final) {
          expect(reading.bundleText).toBe(final[0]!.bundleText);
          expect(reading.reportText).toBe(final[0]!.reportText);
        }
        const report = final[0]!.report;
        expect(report).toMatchObject({ verified: true, close: superseding.close.id, matches: true, ballots: { held: 3, voters: 3, counted: 3 } });
        expect(report.closes).toEqual(
          [
            { id: first.close.id, status: "superseded", supersedes: null, counted: 2, matches: true },
            { id: superseding.close.id, status: "valid", supersedes: first.close.id, counted: 3, matches: true },
          ].sort((a, b) => (a.id < b.id ? -1 : 1)),
        );
        expect(report.sealed).toMatchObject({ outcome: "passed", totals: { choices: { for: { ballots: 2 }, against: { ballots: 1 } } } });
        for (const counts of [aliceBallot, bobBallot, carolBallot]) expect(lineOf(report, counts)).toMatchObject({ status: "valid", counted: true });
        expect(report.proposal.stage).toBe("closed");
      } finally {
        for (const device of devices) await device.close();
        await H.stop();
        await R.stop();
      }
    },
  );
});
