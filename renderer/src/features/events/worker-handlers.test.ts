import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import { readChapterEvents } from "@chapterhouse/crdt/events";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { simulateVote } from "@chapterhouse/crdt/simulation";
import { createVerifier, VerifiedCache } from "@chapterhouse/crdt/verify";
import { savedBundleDocument } from "../../../test/helpers/saved-bundle-document.js";
import { describe, expect, it } from "vitest";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { eventHandlers } from "./worker-handlers.js";

describe("the events feature's worker handlers", () => {
  it("[EV1.5] [issue 10] chapters' events are read through the worker's read of each organisation document, kept by its heads (as the proposals' and the blog's), and the answer is the same as a read without it", async () => {
    const vote = await simulateVote({ voters: 20, rule: "majority", chapters: 3, seed: "kept-events" }, globalThis.crypto.subtle);
    const documents = [...vote.bundle.documents.filter((document) => document.type === "organisation"), ...vote.bundle.documents.filter((document) => document.type === "chapter")];
    const context = createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: (error) => { throw error; } });
    const handlers = bindHandlers({ ...documentHandlers, ...eventHandlers }, context);
    await handlers.syncDocuments(documents.map((document) => ({ url: document.url, type: document.type, bytes: savedBundleDocument(document) })));
    const urls = documents.map((document): DocumentUrl => document.url);
    const mirrors = (await context).mirrors;
    const kept = (url: DocumentUrl) => mirrors.hasDerived(url, "signed");
    expect(urls.filter(kept)).toEqual([]);

    // Every chapter of the organisation (a chapter's id is its genesis record's, M2).
    const of = Object.keys(documents[0]!.records["chapters"] ?? {}) as ChapterId[];
    expect(of.length).toBeGreaterThan(1);
    const read = await handlers.readEvents({ organisation: urls[0]!, chapters: urls.slice(1), of });

    expect(urls.filter(kept)).toEqual(urls);
    const at = (url: DocumentUrl) => ({ url, snapshot: mirrors.snapshot(url) });
    const alone = await readChapterEvents({ organisation: at(urls[0]!), chapters: urls.slice(1).map(at) }, of, await createVerifier(), new VerifiedCache());
    expect(read.events).toEqual(alone.events);
    expect(read.refused).toEqual(alone.refused);
    expect(read.refused.size).toBe(documents.length - 1);
  });
});
