import * as A from "@automerge/automerge";
import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import { depsWithFrontier } from "@chapterhouse/crdt/membership";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { ORGANISATION_URL, geneses, organisationBytes, underOwnIds } from "./test-helpers/organisation-snapshots.js";
import { organisationHandlers, organisationRead } from "./worker-handlers.js";

describe("the organisation's worker handlers", () => {
  it("[M2.1] the membership fold is computed once per change of the organisation's documents and shared by every caller; a change folds again", async () => {
    const worker = bindHandlers(
      { ...documentHandlers, ...organisationHandlers },
      createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: (e) => { throw e; } }),
    );
    const [one, two] = await geneses(2);
    const bytes = organisationBytes(underOwnIds([one!]));
    await worker.syncDocuments([{ url: ORGANISATION_URL, type: "organisation", bytes }]);
    const request = { organisation: ORGANISATION_URL, chapters: [] };
    const [chapterScreen, proposalPage] = await Promise.all([worker.readOrganisation(request), worker.readOrganisation(request)]);
    expect(proposalPage).toBe(chapterScreen); // one fold, shared
    expect(await worker.readOrganisation(request)).toBe(chapterScreen);
    expect(chapterScreen.fold.roster.chapters.size).toBe(1);

    const page = A.change(A.load<{ chapters: Record<string, unknown> }>(bytes), (doc) => void (doc.chapters[two!.id] = new A.ImmutableString(two!.text)));
    await worker.syncDocuments([{ url: ORGANISATION_URL, type: "organisation", bytes: A.save(page) }]);
    const changed = await worker.readOrganisation(request);
    expect(changed).not.toBe(chapterScreen);
    expect(changed.fold.roster.chapters.size).toBe(2);
    expect(changed.key).not.toBe(chapterScreen.key);
  });

  it("[issue 15] the page is sent the fold's summary, not its accepted records: the same roster, deps and heads, and no record's text", async () => {
    const context = createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: (e) => { throw e; } });
    const worker = bindHandlers({ ...documentHandlers, ...organisationHandlers }, context);
    const chapters = await geneses(3);
    await worker.syncDocuments([{ url: ORGANISATION_URL, type: "organisation", bytes: organisationBytes(underOwnIds(chapters)) }]);
    const request = { organisation: ORGANISATION_URL, chapters: [] };
    const shown = await worker.readOrganisation(request);
    const whole = await organisationRead(await context, request);
    expect(whole.fold.accepted.length).toBeGreaterThan(0);
    expect("accepted" in shown.fold).toBe(false);
    expect(shown.fold.roster).toBe(whole.fold.roster);
    for (const chapter of whole.fold.roster.chapters.keys()) expect(depsWithFrontier(shown.fold, chapter, [])).toEqual(depsWithFrontier(whole.fold, chapter, []));
    expect(shown.fold.headCount).toBe(chapters.length);
    // Nothing of a record's signed text crosses to the page with the fold.
    for (const { text } of whole.fold.accepted) expect(JSON.stringify([...shown.fold.frontiers], null, 0)).not.toContain(text);
    expect(structuredClone(shown.fold).heads).toEqual(shown.fold.heads);
  });

  it("[issue 10] a read naming a document the worker holds no copy of is refused by name (the page sends it whole again)", async () => {
    const worker = bindHandlers(organisationHandlers, createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: () => undefined }));
    await expect(worker.readOrganisation({ organisation: ORGANISATION_URL, chapters: [] })).rejects.toMatchObject({ name: "MirrorMissing" });
  });
});
