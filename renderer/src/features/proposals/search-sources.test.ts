import * as A from "@automerge/automerge";
import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import { addRecord, createChapterDoc, createOrganisationDoc, createProposalDoc } from "@chapterhouse/crdt/documents";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { genesisDraft } from "@chapterhouse/crdt/membership";
import { signComment, signProposal } from "@chapterhouse/crdt/proposals";
import { recordIdOf, type ChapterId, type DocumentUrl, type ParsedRecord, type ProposalId, type RecordId } from "@chapterhouse/crdt/records";
import { createVerifier, naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import type { QueryContext } from "../../shared/documents/live-query.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { readProposalSearchItems } from "./search-sources.js";
import type { CommentsRequest, CommentWord } from "./worker-handlers.js";
import { proposalHandlers } from "./worker-handlers.js";

const ana = naclSignerFromSeed(new Uint8Array(32).fill(7));
const stranger = naclSignerFromSeed(new Uint8Array(32).fill(9));
const organisationUrl = "automerge:2vbGUzgcHKxNrkB3AXnCcKZA5tWi" as DocumentUrl;
const chapterUrl = "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e" as DocumentUrl;
const proposalUrl = "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl;

const withRecords = <T>(doc: A.Doc<T>, maps: Record<string, readonly ParsedRecord[]>) =>
  A.save(A.change(doc, (d) => Object.entries(maps).forEach(([map, records]) => records.forEach((record) => addRecord((d as unknown as Record<string, Parameters<typeof addRecord>[0]>)[map]!, record)))));

/** A home read context over `chapters` (the member's: `mine`), whose documents are all held but those in `loading`. */
function homeContext(chapters: readonly ChapterId[], mine: readonly ChapterId[], loading: readonly DocumentUrl[] = []): HomeReadContext {
  const query = { documents: (requests: readonly { url: DocumentUrl }[]) => Promise.resolve(requests.map(({ url }) => ({ url, state: loading.includes(url) ? "loading" : "ready" }))) } as unknown as QueryContext;
  const roster = { chapters: new Map(chapters.map((chapter) => [chapter, {}])) };
  return { organisation: { url: organisationUrl, chapters: [chapterUrl], roster }, mine, query } as unknown as HomeReadContext;
}

describe("what proposals give search (issue 12 item 8)", () => {
  it("[SEARCH4] [P4] a proposal's comment is found by its words, titled by its proposal and leading to its discussion; a forged comment (its words changed after signing, or signed by no member) is not found", async () => {
    const genesis = await signDraft(ana, genesisDraft({ name: "Riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [ana.publicKey] }), 1);
    const chapter = genesis.id as ChapterId;
    const creation = await signProposal(ana, { chapter, title: "Repair the boiler", document: proposalUrl }, { at: 2 });
    const proposal = creation.id as ProposalId;
    const comment = await signComment(ana, { proposal, version: null, text: "The plumber can come on Thursday", replyTo: null }, { at: 3, deps: [chapter] });
    const signed = await signComment(ana, { proposal, version: null, text: "Keep the old radiators", replyTo: null }, { at: 4, deps: [chapter] });
    const altered = signed.text.replace("Keep the old radiators", "Sell the old radiators");
    const tampered = { ...signed, id: recordIdOf(altered), text: altered };
    const foreign = await signComment(stranger, { proposal, version: null, text: "Sell the hall instead", replyTo: null }, { at: 5, deps: [chapter] });
    const handlers = bindHandlers(
      { ...documentHandlers, ...proposalHandlers },
      createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: () => undefined }),
    );
    await handlers.syncDocuments([
      { url: organisationUrl, type: "organisation", bytes: withRecords(createOrganisationDoc(), { chapters: [genesis] }) },
      { url: chapterUrl, type: "chapter", bytes: withRecords(createChapterDoc(), { proposals: [creation] }) },
      { url: proposalUrl, type: "proposal", bytes: withRecords(createProposalDoc(), { origin: [creation], comments: [comment, tampered, foreign] }) },
    ]);

    const items = await readProposalSearchItems(handlers, homeContext([chapter], [chapter]));

    const at = `#/org/${organisationUrl.slice("automerge:".length)}/chapter/${chapter}/proposal/${proposal}`;
    expect(items).toEqual([
      { key: proposal, kind: "proposal", chapter, title: "Repair the boiler", text: "", href: at, at: 2 },
      { key: comment.id, kind: "proposal-comment", chapter, title: "Repair the boiler: The plumber can come on Thursday", text: "The plumber can come on Thursday", href: `${at}/discussion`, at: 3 },
    ]);
    // The proposal page shows what search finds, from the same reading: the stranger's comment refused with its rule, the altered one not even a record.
    const page = await handlers.readProposals({ organisation: organisationUrl, chapters: [chapterUrl], chapter, proposal: { id: proposal, document: proposalUrl, boxes: [] } });
    const detail = page.proposal?.found === true ? page.proposal.detail : undefined;
    expect(detail?.comments.map((entry) => entry.id)).toEqual([comment.id]);
    expect(detail?.refused.map((record) => record.id)).toEqual([foreign.id]);
  });

  it("[SEARCH4] [P4] only the comments of proposals of the member's chapters whose documents are held are asked for; one still arriving, or of another chapter, gives its title only", async () => {
    const [north, south] = ["north" as ChapterId, "south" as ChapterId];
    const entry = (id: string, chapter: ChapterId, document: string) => ({ id: id as ProposalId, chapter, title: `Proposal ${id}`, author: ana.publicKey, at: 1, document: document as DocumentUrl, stage: "deliberation" as const });
    const entries = [entry("held", north, "automerge:held"), entry("arriving", north, "automerge:arriving"), entry("theirs", south, "automerge:theirs")];
    const asked: string[] = [];
    const worker = {
      newProposals: () => Promise.resolve(entries),
      proposalCommentWords(request: CommentsRequest): Promise<CommentWord[]> {
        asked.push(request.proposal.id);
        return Promise.resolve([{ id: "c1" as RecordId, at: 5, text: "Agreed" }]);
      },
    };
    const items = await readProposalSearchItems(worker, homeContext([north, south], [north], ["automerge:arriving" as DocumentUrl]));
    expect(asked).toEqual(["held"]);
    expect(items.map((item) => `${item.kind} ${item.key}`)).toEqual(["proposal held", "proposal arriving", "proposal theirs", "proposal-comment c1"]);
  });
});
