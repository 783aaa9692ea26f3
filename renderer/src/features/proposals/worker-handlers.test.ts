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
});
