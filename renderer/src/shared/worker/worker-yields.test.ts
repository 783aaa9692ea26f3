import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { simulateVote } from "@chapterhouse/crdt/simulation";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { savedBundleDocument } from "../../../test/helpers/saved-bundle-document.js";
import { describe, expect, it } from "vitest";
import { organisationHandlers } from "../../features/organisation/worker-handlers.js";
import { KeptRoster } from "../../features/organisation/sent-roster.js";
import { createMemoryVerifiedIdStore } from "./dexie-verified-id-store.js";
import { documentHandlers } from "./document-handlers.js";
import { bindHandlers } from "./handler.js";
import type { VerifiedIdStore } from "./persistent-verified-ids.js";
import { createWorkerContext } from "./worker-context.js";

/** A worker's handlers (a device's session) over `verifiedIds`, the device's verified-id store (S8). */
function session(verifiedIds: VerifiedIdStore) {
  const context = createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds, warn: (error) => { throw error; } });
  return bindHandlers({ ...documentHandlers, ...organisationHandlers }, context);
}

/** Resolves in a later task, as a message from the page arrives. */
const message = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

describe("the worker's long reads", () => {
  it("[issue 10] a read over many documents (an organisation read again after a reload: every signature known, S8) lets a screen's read that arrives meanwhile in between two documents, and its answer is the same", async () => {
    const vote = await simulateVote({ voters: 60, rule: "majority", chapters: 6, seed: "yields" }, globalThis.crypto.subtle);
    const documents = vote.bundle.documents.filter((document) => document.type === "organisation" || document.type === "chapter");
    const updates = documents.map((document) => ({ url: document.url, type: document.type, bytes: savedBundleDocument(document) }));
    const request = {
      organisation: documents.find((document) => document.type === "organisation")!.url,
      chapters: documents.filter((document) => document.type === "chapter").map((document): DocumentUrl => document.url),
    };
    expect(request.chapters.length).toBeGreaterThan(4);
    const verifiedIds = createMemoryVerifiedIdStore();
    const before = session(verifiedIds);
    await before.syncDocuments(updates);
    const first = await before.readOrganisation(request);
    await message();
    expect(verifiedIds.saved.size).toBeGreaterThan(0);

    // After the reload: a new worker, every signature in the device's store.
    const after = session(verifiedIds);
    await after.syncDocuments(updates);
    const answered: string[] = [];
    const organisation = after.readOrganisation(request).then((read) => (answered.push("organisation"), read));
    const screen = message().then(() => after.verifierBackend(undefined).then(() => answered.push("screen")));
    const [read] = await Promise.all([organisation, screen]);

    expect(answered).toEqual(["screen", "organisation"]);
    expect(read.key).toBe(first.key);
    expect([...new KeptRoster().receive(read.roster).chapters.keys()]).toEqual([...new KeptRoster().receive(first.roster).chapters.keys()]);
  });
});
