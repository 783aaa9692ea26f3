import { createMemoryRecordStore, type RecordStore } from "@chapterhouse/crdt/chokepoint";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { simulateVote } from "@chapterhouse/crdt/simulation";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { savedBundleDocument } from "../../../test/helpers/saved-bundle-document.js";
import { describe, expect, it } from "vitest";
import { organisationHandlers } from "../../features/organisation/worker-handlers.js";
import { KeptRoster } from "../../features/organisation/sent-roster.js";
import { createMemoryVerifiedIdStore } from "./dexie-verified-id-store.js";
import { documentHandlers } from "./document-handlers.js";
import { isString } from "./guard.js";
import { bindHandlers, handler } from "./handler.js";
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

  it("[issue 10] a screen's read that arrives while the device's keeping reads back what it holds of many documents (after a reload) runs to its end before the keeping reads another document", async () => {
    const vote = await simulateVote({ voters: 40, rule: "majority", chapters: 6, seed: "gives way" }, globalThis.crypto.subtle);
    const documents = vote.bundle.documents.filter((document) => document.type === "organisation" || document.type === "chapter");
    const updates = documents.map((document) => ({ url: document.url, type: document.type, bytes: savedBundleDocument(document) }));
    const urls = documents.map((document): DocumentUrl => document.url);
    expect(urls.length).toBeGreaterThan(4);
    // The documents whose held records the keeping read from the store, in order.
    const listed: string[] = [];
    const memory = createMemoryRecordStore();
    const store: RecordStore = {
      ...memory,
      list(scope) {
        if (!listed.includes(scope.document)) listed.push(scope.document);
        return memory.list(scope);
      },
    };
    let endScreen = (): void => undefined;
    const screenDone = new Promise<void>((resolve) => (endScreen = resolve));
    const context = createWorkerContext({ verifier: createVerifier(), store, verifiedIds: createMemoryVerifiedIdStore(), warn: (error) => { throw error; } });
    const worker = bindHandlers({ ...documentHandlers, screen: handler(isString, () => screenDone.then(() => "shown")) }, context);
    await worker.syncDocuments(updates);

    const keeping = worker.keepDocuments(urls);
    while (listed.length === 0) await message();
    const screen = worker.screen("chapter page");
    const whenScreenCame = listed.length;
    // Long enough for the keeping to read several documents if it went on beside the screen's read.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The document being read when the screen's read came may finish; no other starts meanwhile.
    expect(listed.length).toBeLessThanOrEqual(whenScreenCame + 1);
    expect(listed.length).toBeLessThan(urls.length);

    endScreen();
    expect(await screen).toBe("shown");
    expect(await keeping).toEqual([]);
    expect(listed.length).toBe(urls.length);
  });
});
