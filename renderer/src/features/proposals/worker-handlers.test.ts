import * as A from "@automerge/automerge";
import { generateAutomergeUrl } from "@automerge/automerge-repo";
import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import { addRecord, createChapterDoc, createOrganisationDoc } from "@chapterhouse/crdt/documents";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { genesisDraft } from "@chapterhouse/crdt/membership";
import { signProposal } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl, ParsedRecord } from "@chapterhouse/crdt/records";
import * as report from "@chapterhouse/crdt/report";
import { createVerifier, naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { describe, expect, it, vi } from "vitest";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createMemoryKeptResultStore, type KeptResultStore } from "../../shared/worker/kept-result-store.js";
import { keptIndexKey } from "../../shared/worker/proposal-indexes.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { proposalHandlers } from "./worker-handlers.js";

vi.mock("@chapterhouse/crdt/report", async (original) => {
  const actual = await original<typeof report>();
  return { ...actual, readProposals: vi.fn(actual.readProposals), readProposalIndexes: vi.fn(actual.readProposalIndexes) };
});

const ana = naclSignerFromSeed(new Uint8Array(32).fill(7));
const organisationUrl = "automerge:2vbGUzgcHKxNrkB3AXnCcKZA5tWi" as DocumentUrl;
const chapterUrl = "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e" as DocumentUrl;

const withRecords = <T>(doc: A.Doc<T>, maps: Record<string, readonly ParsedRecord[]>) =>
  A.save(A.change(doc, (d) => Object.entries(maps).forEach(([map, records]) => records.forEach((record) => addRecord((d as unknown as Record<string, Parameters<typeof addRecord>[0]>)[map]!, record)))));

describe("the proposals feature's worker handlers", () => {
  it("[P8] a chapter's list takes the index the home's and the bell's reads judged at the same heads: the Chapter document is not judged again", async () => {
    const genesis = await signDraft(ana, genesisDraft({ name: "Riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [ana.publicKey] }), 1);
    const chapter = genesis.id as ChapterId;
    const proposals = await Promise.all([2, 3, 4].map((at) => signProposal(ana, { chapter, title: `Proposal ${at}`, document: generateAutomergeUrl() as unknown as DocumentUrl }, { at })));
    const handlers = bindHandlers(
      { ...documentHandlers, ...proposalHandlers },
      createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: () => undefined }),
    );
    await handlers.syncDocuments([
      { url: organisationUrl, type: "organisation", bytes: withRecords(createOrganisationDoc(), { chapters: [genesis] }) },
      { url: chapterUrl, type: "chapter", bytes: withRecords(createChapterDoc(), { proposals }) },
    ]);
    const judgements = () => vi.mocked(report.readProposals).mock.calls.length + vi.mocked(report.readProposalIndexes).mock.calls.length;

    const home = await handlers.newProposals({ organisation: organisationUrl, chapters: [chapterUrl], of: [chapter], since: 0 });
    expect(judgements()).toBe(1);
    const list = await handlers.readProposals({ organisation: organisationUrl, chapters: [chapterUrl], chapter, proposal: null });

    expect(judgements()).toBe(1);
    expect(list.proposal).toBeNull();
    expect(list.index.map((entry) => entry.title)).toEqual(["Proposal 4", "Proposal 3", "Proposal 2"]);
    expect(home.map(({ chapter: _, ...entry }) => entry)).toEqual(list.index);
    expect(home.map((entry) => entry.chapter)).toEqual([chapter, chapter, chapter]);
  });

  describe("[P8] a chapter's index kept between sessions at the same heads", () => {
    const riverside = async () => {
      const genesis = await signDraft(ana, genesisDraft({ name: "Riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [ana.publicKey] }), 1);
      const chapter = genesis.id as ChapterId;
      const proposals = await Promise.all([2, 3, 4].map((at) => signProposal(ana, { chapter, title: `Proposal ${at}`, document: generateAutomergeUrl() as unknown as DocumentUrl }, { at })));
      const organisationBytes = withRecords(createOrganisationDoc(), { chapters: [genesis] });
      const chapterDoc = A.load<unknown>(withRecords(createChapterDoc(), { proposals }));
      return { chapter, organisationBytes, chapterDoc };
    };
    /** A worker as after a reload: a new context over the device's kept results. */
    const worker = async (keptResults: KeptResultStore, organisationBytes: Uint8Array, chapterBytes: Uint8Array, warnings: unknown[] = []) => {
      const handlers = bindHandlers(
        { ...documentHandlers, ...proposalHandlers },
        createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), keptResults, warn: (warning) => void warnings.push(warning) }),
      );
      await handlers.syncDocuments([
        { url: organisationUrl, type: "organisation", bytes: organisationBytes },
        { url: chapterUrl, type: "chapter", bytes: chapterBytes },
      ]);
      return handlers;
    };
    const judgements = () => vi.mocked(report.readProposalIndexes).mock.calls.length;
    /** Resolves once the store keeps something under `key` (the index is kept without the read waiting for it). */
    const keptUnder = async (store: ReturnType<typeof createMemoryKeptResultStore>, key: string) => {
      await vi.waitFor(() => expect(store.kept.has(key)).toBe(true));
      return store.kept.get(key)!;
    };

    it("after a reload, the chapter's list at the same heads is read back, not judged again", async () => {
      const { chapter, organisationBytes, chapterDoc } = await riverside();
      const device = createMemoryKeptResultStore();
      const request = { organisation: organisationUrl, chapters: [chapterUrl], chapter, proposal: null };
      const before = await (await worker(device, organisationBytes, A.save(chapterDoc))).readProposals(request);
      await keptUnder(device, keptIndexKey(chapter));
      const judged = judgements();

      const warnings: unknown[] = [];
      const after = await (await worker(device, organisationBytes, A.save(chapterDoc), warnings)).readProposals(request);

      expect(judgements()).toBe(judged);
      expect(after.index).toEqual(before.index);
      expect(after.index.map((entry) => entry.title)).toEqual(["Proposal 4", "Proposal 3", "Proposal 2"]);
      expect(warnings).toEqual([]);
    });

    it("the home's read after a reload takes the kept index too, and a chapter's document that moved is judged again and kept anew", async () => {
      const { chapter, organisationBytes, chapterDoc } = await riverside();
      const device = createMemoryKeptResultStore();
      await (await worker(device, organisationBytes, A.save(chapterDoc))).readProposals({ organisation: organisationUrl, chapters: [chapterUrl], chapter, proposal: null });
      const first = await keptUnder(device, keptIndexKey(chapter));
      const judged = judgements();

      const home = await (await worker(device, organisationBytes, A.save(chapterDoc))).newProposals({ organisation: organisationUrl, chapters: [chapterUrl], of: [chapter], since: 0 });
      expect(judgements()).toBe(judged);
      expect(home.map((entry) => entry.title)).toEqual(["Proposal 4", "Proposal 3", "Proposal 2"]);

      const newer = await signProposal(ana, { chapter, title: "Proposal 5", document: generateAutomergeUrl() as unknown as DocumentUrl }, { at: 5 });
      const moved = A.save(A.change(chapterDoc, (d) => addRecord((d as Record<string, Parameters<typeof addRecord>[0]>)["proposals"]!, newer)));
      const list = await (await worker(device, organisationBytes, moved)).readProposals({ organisation: organisationUrl, chapters: [chapterUrl], chapter, proposal: null });
      expect(judgements()).toBe(judged + 1);
      expect(list.index.map((entry) => entry.title)).toEqual(["Proposal 5", "Proposal 4", "Proposal 3", "Proposal 2"]);
      await vi.waitFor(() => expect(device.kept.get(keptIndexKey(chapter))!.version).not.toBe(first.version));
      expect(device.kept.get(keptIndexKey(chapter))!.value).toEqual(list.index);
    });

    it("what is kept under the index's key but is not an index is not taken: the index is judged again, with a warning", async () => {
      const { chapter, organisationBytes, chapterDoc } = await riverside();
      const device = createMemoryKeptResultStore();
      const request = { organisation: organisationUrl, chapters: [chapterUrl], chapter, proposal: null };
      const before = await (await worker(device, organisationBytes, A.save(chapterDoc))).readProposals(request);
      const { version } = await keptUnder(device, keptIndexKey(chapter));
      await device.save(keptIndexKey(chapter), version, [{ id: "not an index" }]);
      const judged = judgements();

      const warnings: unknown[] = [];
      const after = await (await worker(device, organisationBytes, A.save(chapterDoc), warnings)).readProposals(request);

      expect(judgements()).toBe(judged + 1);
      expect(after.index).toEqual(before.index);
      expect(warnings).toHaveLength(1);
    });

    it("a store that fails costs only the saving: the index is judged, the failure reported", async () => {
      const { chapter, organisationBytes, chapterDoc } = await riverside();
      const failing: KeptResultStore = { load: () => Promise.reject(new Error("storage gone")), save: () => Promise.reject(new Error("storage gone")) };
      const warnings: unknown[] = [];
      const judged = judgements();
      const list = await (await worker(failing, organisationBytes, A.save(chapterDoc), warnings)).readProposals({ organisation: organisationUrl, chapters: [chapterUrl], chapter, proposal: null });

      expect(judgements()).toBe(judged + 1);
      expect(list.index.map((entry) => entry.title)).toEqual(["Proposal 4", "Proposal 3", "Proposal 2"]);
      await vi.waitFor(() => expect(warnings.map((warning) => (warning as Error).message)).toEqual(["storage gone", "storage gone"]));
    });
  });
});
