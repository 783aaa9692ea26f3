import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import { canonicalize, recordIdOf, type MemberKey } from "@chapterhouse/crdt/records";
import { toBase64url } from "@chapterhouse/crdt/encoding";
import type * as Records from "@chapterhouse/crdt/records";
import { readVote, verifyVote, type VoteBundleDocument, type VoteReport } from "@chapterhouse/crdt/report";
import { simulateVote, type SimulatedVote } from "@chapterhouse/crdt/simulation";
import { createVerifier, type Verifier } from "@chapterhouse/crdt/verify";
import { savedBundleDocument } from "../../../test/helpers/saved-bundle-document.js";
import { describe, expect, it, vi } from "vitest";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import type { VerifiedIdStore } from "../../shared/worker/persistent-verified-ids.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { proposalHandlers } from "../proposals/worker-handlers.js";
import { shownReportOf } from "./shown-vote.js";
import { withoutClose } from "./test-helpers/vote-fixtures.js";
import { voteHandlers } from "./worker-handlers.js";

// The worker's record ids (R3) come from crdt's pure `recordIdOf`: counted, to see which texts are hashed.
vi.mock("@chapterhouse/crdt/records", async (original) => {
  const actual = await original<typeof Records>();
  return { ...actual, recordIdOf: vi.fn(actual.recordIdOf) };
});

/** A report as the screens are sent it, in canonical JSON (R1): what two devices' answers are compared by. */
const shown = (report: VoteReport) => canonicalize(shownReportOf(report));

/** The vote's documents, the ballot boxes without their last `heldBack` ballots each. */
function withoutLast(vote: SimulatedVote, heldBack: number): VoteBundleDocument[] {
  return vote.bundle.documents.map((document) => {
    if (document.type !== "ballot-box") return document;
    const ballots = Object.entries(document.records["ballots"] ?? {});
    return { ...document, records: { ...document.records, ballots: Object.fromEntries(ballots.slice(0, Math.max(0, ballots.length - heldBack))) } };
  });
}

/** A worker's handlers over a verifier that counts the signatures it is asked to check. */
function worker(verifiedIds: VerifiedIdStore) {
  const counted = { checks: 0 };
  const verifier = createVerifier().then(
    (inner): Verifier => ({ backend: inner.backend, verifyBatch: (checks) => ((counted.checks += checks.length), inner.verifyBatch(checks)) }),
  );
  const context = createWorkerContext({ verifier, store: createMemoryRecordStore(), verifiedIds, warn: (error) => { throw error; } });
  const handlers = bindHandlers({ ...documentHandlers, ...voteHandlers, ...proposalHandlers }, context);
  return { handlers, counted, context };
}

async function send(handlers: ReturnType<typeof worker>["handlers"], documents: readonly VoteBundleDocument[]) {
  await handlers.syncDocuments(documents.map((document) => ({ url: document.url, type: document.type, bytes: savedBundleDocument(document) })));
  return documents.map((document) => document.url);
}

describe("the votes feature's worker handlers", () => {
  it("[S8] [V9] when ballots arrive during a vote only theirs are checked, and what the screens are sent of the report is byte for byte the CLI's for the same documents", async () => {
    const vote = await simulateVote({ voters: 40, rule: "approval", chapters: 2, seed: "arriving" }, globalThis.crypto.subtle);
    const { handlers, counted } = worker(createMemoryVerifiedIdStore());
    const request = { proposal: vote.bundle.vote.proposal, open: null, member: null };
    const before = withoutLast(vote, 3);
    const first = await handlers.readVote({ ...request, documents: await send(handlers, before) });
    const checkedFirst = counted.checks;
    const arrived = await handlers.readVote({ ...request, documents: await send(handlers, vote.bundle.documents) });
    const boxes = vote.bundle.documents.filter((document) => document.type === "ballot-box").length;

    expect(counted.checks - checkedFirst).toBe(3 * boxes);
    expect(arrived.key).not.toBe(first.key);
    expect(arrived.reading.report!.ballots.held).toBeGreaterThan(first.reading.report!.ballots.held);
    expect(canonicalize(first.reading.report!)).toBe(shown(await verifyVote({ ...vote.bundle, documents: before }, await createVerifier())));
    expect(canonicalize(arrived.reading.report!)).toBe(shown(await verifyVote(vote.bundle, await createVerifier())));
  });

  it("[R3] [S8] when ballots arrive during a vote, judging it again hashes only the new records' texts", async () => {
    const vote = await simulateVote({ voters: 30, rule: "approval", chapters: 2, seed: "hashed" }, globalThis.crypto.subtle);
    const { handlers } = worker(createMemoryVerifiedIdStore());
    const request = { proposal: vote.bundle.vote.proposal, open: null, member: null };
    await handlers.readVote({ ...request, documents: await send(handlers, withoutLast(vote, 2)) });
    const hashed = vi.mocked(recordIdOf);
    const first = hashed.mock.calls.length;
    await handlers.readVote({ ...request, documents: await send(handlers, vote.bundle.documents) });
    const boxes = vote.bundle.documents.filter((document) => document.type === "ballot-box").length;

    expect(first).toBeGreaterThan(0);
    expect(hashed.mock.calls.length - first).toBe(2 * boxes);
  });

  it("[V12] what the screens are sent of a vote does not grow with its voters: the report's sums, the member's own ballot and whether they may vote, not a line per record", async () => {
    const answer = async (voters: number) => {
      const vote = await simulateVote({ voters, rule: "approval", chapters: 2, seed: "sums" }, globalThis.crypto.subtle);
      const box = vote.bundle.documents.find((document) => document.type === "ballot-box")!;
      const member = (JSON.parse(Object.values(box.records["ballots"]!)[0]!) as { signer: MemberKey }).signer;
      const { handlers } = worker(createMemoryVerifiedIdStore());
      const { reading } = await handlers.readVote({ proposal: vote.bundle.vote.proposal, open: null, member, documents: await send(handlers, vote.bundle.documents) });
      return { reading, member, report: await verifyVote(vote.bundle, await createVerifier()) };
    };
    const small = await answer(10);
    const large = await answer(100);

    expect(JSON.stringify(large.reading).length).toBeLessThan(2 * JSON.stringify(small.reading).length);
    expect(large.reading).not.toHaveProperty("ballots");
    expect(large.reading.report).not.toHaveProperty("records");
    expect(large.reading.report!.electorate).not.toHaveProperty("entries");
    const counts = large.reading.verification!.counts;
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(large.report.records.length);
    expect(counts["valid"]).toBe(large.report.records.filter((line) => line.status === "valid").length);
    expect(large.reading.mine.current?.member).toBe(large.member);
    expect(large.reading.mine.inElectorate).toBe(true);
  });

  it("[V12.3] before a close, the screens are sent how many ballots it would count, not their ids; the whole plan comes only when asked (`closePlan`), equal to crdt's", async () => {
    const answer = async (voters: number) => {
      const vote = await simulateVote({ voters, rule: "majority", chapters: 2, seed: "plan" }, globalThis.crypto.subtle);
      const documents = withoutClose(vote.bundle.documents, vote.bundle.vote.open);
      const { handlers } = worker(createMemoryVerifiedIdStore());
      const request = { proposal: vote.bundle.vote.proposal, open: null, member: null, documents: await send(handlers, documents) };
      const { reading } = await handlers.readVote(request);
      const plan = await handlers.closePlan({ ...request, which: "close" });
      const expected = await readVote({ proposal: request.proposal, open: null, member: null, documents }, await createVerifier());
      return { reading, plan, expected, superseding: await handlers.closePlan({ ...request, which: "supersede" }) };
    };
    const small = await answer(10);
    const large = await answer(100);

    const counted = large.expected.closePlan!.counted;
    expect(counted).toBeGreaterThan(small.expected.closePlan!.counted);
    expect(large.reading.closePlan).toEqual({ counted, adds: 0, supersedes: null });
    expect(JSON.stringify(large.reading).length).toBeLessThan(2 * JSON.stringify(small.reading).length);
    expect(large.plan).toEqual(large.expected.closePlan);
    expect(large.plan!.boxes.flatMap((box) => box.ids)).toHaveLength(counted);
    expect(large.superseding).toBeNull();
  });

  it("[S8] a vote read by a new worker (the page reloaded) checks no signature the device verified before, and reads the same", async () => {
    const vote = await simulateVote({ voters: 20, rule: "majority", chapters: 2, seed: "reload" }, globalThis.crypto.subtle);
    const store = createMemoryVerifiedIdStore();
    const request = { proposal: vote.bundle.vote.proposal, open: null, member: null };
    const before = worker(store);
    const first = await before.handlers.readVote({ ...request, documents: await send(before.handlers, vote.bundle.documents) });
    const after = worker(store);
    const again = await after.handlers.readVote({ ...request, documents: await send(after.handlers, vote.bundle.documents) });

    expect(before.counted.checks).toBeGreaterThan(0);
    expect(after.counted.checks).toBe(0);
    expect(canonicalize(again.reading.report!)).toBe(canonicalize(first.reading.report!));
    expect(again.reading.verification).toEqual(first.reading.verification);
  });

  it("[P7] [S8] a proposal's stage and its vote's reading judge the vote once between them, and after a reload the stage checks no signature the device verified before", async () => {
    const vote = await simulateVote({ voters: 20, rule: "majority", chapters: 2, seed: "stage" }, globalThis.crypto.subtle);
    const store = createMemoryVerifiedIdStore();
    const urlsOf = (type: string) => vote.bundle.documents.filter((document) => document.type === type).map((document) => document.url);
    const proposal = vote.bundle.vote.proposal;
    const before = worker(store);
    const { reading } = await before.handlers.readVote({ proposal, open: null, member: null, documents: await send(before.handlers, vote.bundle.documents) });
    const stageRequest = {
      organisation: urlsOf("organisation")[0]!,
      chapters: urlsOf("chapter"),
      chapter: reading.report!.vote.chapter!,
      proposal: { id: proposal, document: urlsOf("proposal")[0]!, boxes: urlsOf("ballot-box") },
    };
    const staged = await before.handlers.readProposals(stageRequest);

    expect(staged.proposal?.found === true && staged.proposal.detail.stage).toBe(reading.report!.proposal.stage);
    expect(reading.report!.proposal.stage).toBe("recorded");
    expect((await before.context).judgements.size).toBe(1);
    const after = worker(store);
    await send(after.handlers, vote.bundle.documents);
    const again = await after.handlers.readProposals(stageRequest);
    expect(again.proposal).toEqual(staged.proposal);
    expect(after.counted.checks).toBe(0);
    // The stage alone kept its judgement where the reading finds it: the two above shared one.
    expect((await after.context).judgements.size).toBe(1);
  });

  it("[P1.3] [D5] a proposal is read through the worker's read of each organisation document, kept by its heads: a read after only the Proposal document changed does not parse and hash their records again", async () => {
    const vote = await simulateVote({ voters: 20, rule: "majority", chapters: 2, seed: "kept-reads" }, globalThis.crypto.subtle);
    const { handlers, context } = worker(createMemoryVerifiedIdStore());
    await send(handlers, vote.bundle.documents);
    const chapter = (await verifyVote(vote.bundle, await createVerifier())).vote.chapter!;
    const urlsOf = (type: string) => vote.bundle.documents.filter((document) => document.type === type).map((document) => document.url);
    const organisation = [...urlsOf("organisation"), ...urlsOf("chapter")];
    const mirrors = (await context).mirrors;
    // Whether a read is kept under the name `signedRecords` keeps it (once per document and heads); a throwing compute keeps nothing.
    const kept = (url: Records.DocumentUrl): boolean => {
      try {
        mirrors.derived(url, "signed", () => {
          throw new Error("no read kept");
        });
        return true;
      } catch {
        return false;
      }
    };
    expect(organisation.filter(kept)).toEqual([]);

    await handlers.readProposals({ organisation: organisation[0]!, chapters: organisation.slice(1), chapter, proposal: { id: vote.bundle.vote.proposal, document: urlsOf("proposal")[0]!, boxes: [] } });

    expect(organisation.filter(kept)).toEqual(organisation);
  });

  it("[S8] a vote read while its ballot boxes are kept (D8) checks each signature once", async () => {
    const vote = await simulateVote({ voters: 20, rule: "majority", chapters: 2, seed: "at-once" }, globalThis.crypto.subtle);
    const alone = worker(createMemoryVerifiedIdStore());
    const urls = await send(alone.handlers, vote.bundle.documents);
    const request = { proposal: vote.bundle.vote.proposal, open: null, member: null, documents: urls };
    await alone.handlers.readVote(request);
    const both = worker(createMemoryVerifiedIdStore());
    await send(both.handlers, vote.bundle.documents);
    await Promise.all([both.handlers.readVote(request), both.handlers.keepDocuments(urls)]);

    expect(alone.counted.checks).toBeGreaterThan(0);
    expect(both.counted.checks).toBe(alone.counted.checks);
  });

  it("[S8] [issue 10] ballot boxes checked as they arrive (`checkArrivedBoxes`) are not checked again by the reading once every box is in, and the reading is the same", async () => {
    const vote = await simulateVote({ voters: 30, rule: "majority", chapters: 3, seed: "arrival" }, globalThis.crypto.subtle);
    const request = { proposal: vote.bundle.vote.proposal, open: null, member: null };
    const alone = worker(createMemoryVerifiedIdStore());
    const whole = await alone.handlers.readVote({ ...request, documents: await send(alone.handlers, vote.bundle.documents) });

    const arriving = worker(createMemoryVerifiedIdStore());
    const urls = await send(arriving.handlers, vote.bundle.documents);
    const boxes = vote.bundle.documents.filter((document) => document.type === "ballot-box").map((document) => document.url);
    expect(boxes.length).toBeGreaterThan(1);
    const checked = await arriving.handlers.checkArrivedBoxes(boxes);
    const whileArriving = arriving.counted.checks;
    const read = await arriving.handlers.readVote({ ...request, documents: urls });

    expect(checked).toBeGreaterThan(0);
    expect(whileArriving).toBeGreaterThanOrEqual(checked);
    // The reading checked only what is outside the boxes (the organisation's and the proposal's records).
    expect(arriving.counted.checks - whileArriving).toBe(alone.counted.checks - checked);
    expect(canonicalize(read.reading.report!)).toBe(canonicalize(whole.reading.report!));
  });

  it("[S8] [issue 10] a judgement that starts while arrived boxes are being checked waits for those checks: each document's records are parsed and handed to the verifier once, each signature checked once, and the reading is the CLI's", async () => {
    const vote = await simulateVote({ voters: 30, rule: "majority", chapters: 3, seed: "overlap" }, globalThis.crypto.subtle);
    const { handlers, context, counted } = worker(createMemoryVerifiedIdStore());
    const urls = await send(handlers, vote.bundle.documents);
    const boxes = vote.bundle.documents.filter((document) => document.type === "ballot-box").map((document) => document.url);
    // Every signature the handlers hand to the worker's verifier (before it looks at what it
    // remembers), and every record text parsed (each parse asks the text's id).
    const held = await context;
    const { verifier, recordIdOf: idOf } = held;
    const asked = verifier.verifyBatch.bind(verifier);
    const handed: string[] = [];
    Object.assign(verifier, { verifyBatch: (checks: Parameters<Verifier["verifyBatch"]>[0]) => (handed.push(...checks.map((check) => toBase64url(check.signature))), asked(checks)) });
    let parsed = 0;
    Object.assign(held, { recordIdOf: (text: string) => (parsed++, idOf(text)) });

    const [checked, read] = await Promise.all([
      handlers.checkArrivedBoxes(boxes),
      handlers.readVote({ proposal: vote.bundle.vote.proposal, open: null, member: null, documents: urls }),
    ]);
    const report = await verifyVote(vote.bundle, await createVerifier());

    // Each document's texts (the proposal's creation record is in two documents).
    const texts = vote.bundle.documents.flatMap((document) => Object.values(document.records).flatMap((records) => Object.keys(records)));

    expect(checked).toBeGreaterThan(0);
    expect(parsed).toBe(texts.length);
    expect(handed).toHaveLength(texts.length);
    expect(counted.checks).toBe(new Set(texts).size);
    expect(canonicalize(read.reading.report!)).toBe(shown(report));
  });

  it("[issue 10] checking arrived boxes skips documents the worker holds no copy of", async () => {
    const { handlers, counted } = worker(createMemoryVerifiedIdStore());
    expect(await handlers.checkArrivedBoxes(["automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as Records.DocumentUrl])).toBe(0);
    expect(counted.checks).toBe(0);
  });
});
