import * as A from "@automerge/automerge";
import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import { depsWithFrontier, type ChapterRoster } from "@chapterhouse/crdt/membership";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { ORGANISATION_URL, geneses, organisationBytes, underOwnIds } from "./test-helpers/organisation-snapshots.js";
import { KeptRoster, RosterVersionMissing, chapterWeight } from "./sent-roster.js";
import { organisationHandlers, organisationRead } from "./worker-handlers.js";
import type { OrganisationReadPart, SentOrganisationRead } from "./read-organisation.js";

/** An answer that withholds nothing (every read without `most` is one). */
function wholeAnswer(read: SentOrganisationRead | OrganisationReadPart): SentOrganisationRead {
  if (!("fold" in read)) throw new TypeError("a roster part, not a whole read");
  return read;
}

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
    const [chapterScreen, proposalPage] = await Promise.all([worker.readOrganisation(request).then(wholeAnswer), worker.readOrganisation(request).then(wholeAnswer)]);
    expect(proposalPage.fold.frontiers).toBe(chapterScreen.fold.frontiers); // one fold, shared
    expect(wholeAnswer(await worker.readOrganisation(request)).fold.frontiers).toBe(chapterScreen.fold.frontiers);
    expect(chapterScreen.roster.chapters).toHaveLength(1);

    const page = A.change(A.load<{ chapters: Record<string, unknown> }>(bytes), (doc) => void (doc.chapters[two!.id] = new A.ImmutableString(two!.text)));
    await worker.syncDocuments([{ url: ORGANISATION_URL, type: "organisation", bytes: A.save(page) }]);
    const changed = wholeAnswer(await worker.readOrganisation(request));
    expect(changed.fold.frontiers).not.toBe(chapterScreen.fold.frontiers);
    expect(changed.roster.chapters).toHaveLength(2);
    expect(changed.key).not.toBe(chapterScreen.key);
  });

  it("[issue 15] the page is sent the fold's summary, not its accepted records: the same roster, deps and heads, and no record's text", async () => {
    const context = createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: (e) => { throw e; } });
    const worker = bindHandlers({ ...documentHandlers, ...organisationHandlers }, context);
    const chapters = await geneses(3);
    await worker.syncDocuments([{ url: ORGANISATION_URL, type: "organisation", bytes: organisationBytes(underOwnIds(chapters)) }]);
    const request = { organisation: ORGANISATION_URL, chapters: [] };
    const shown = wholeAnswer(await worker.readOrganisation(request));
    const whole = await organisationRead(await context, request);
    expect(whole.fold.accepted.length).toBeGreaterThan(0);
    expect("accepted" in shown.fold).toBe(false);
    const roster = new KeptRoster().receive(shown.roster);
    expect(roster).toEqual(whole.fold.roster);
    for (const chapter of whole.fold.roster.chapters.keys()) expect(depsWithFrontier({ ...shown.fold, roster }, chapter, [])).toEqual(depsWithFrontier(whole.fold, chapter, []));
    expect(shown.fold.headCount).toBe(chapters.length);
    // Nothing of a record's signed text crosses to the page with the fold.
    for (const { text } of whole.fold.accepted) expect(JSON.stringify([...shown.fold.frontiers], null, 0)).not.toContain(text);
    expect(structuredClone(shown.fold).heads).toEqual(shown.fold.heads);
  });

  it("[issue 15] a roster chapter the page holds is not sent again while unchanged: sent by version, the page keeps the same object", async () => {
    const context = createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: (e) => { throw e; } });
    const worker = bindHandlers({ ...documentHandlers, ...organisationHandlers }, context);
    const chapters = await geneses(3);
    await worker.syncDocuments([{ url: ORGANISATION_URL, type: "organisation", bytes: organisationBytes(underOwnIds(chapters.slice(0, 2))) }]);
    const kept = new KeptRoster();
    const request = { organisation: ORGANISATION_URL, chapters: [] };
    const first = await worker.readOrganisation({ ...request, known: kept.versions() });
    expect(first.roster.chapters.every((entry) => "chapter" in entry)).toBe(true);
    const before = kept.receive(first.roster);

    // The same read again: nothing of the roster but its versions.
    const again = await worker.readOrganisation({ ...request, known: kept.versions() });
    expect(again.roster.chapters.some((entry) => "chapter" in entry)).toBe(false);
    const same = kept.receive(again.roster);
    for (const [id, chapter] of before.chapters) expect(same.chapters.get(id)).toBe(chapter);

    // A third chapter arrives (the fold runs again, making new objects): only it is sent whole.
    await worker.syncDocuments([{ url: ORGANISATION_URL, type: "organisation", bytes: organisationBytes(underOwnIds(chapters)) }]);
    const changed = await worker.readOrganisation({ ...request, known: kept.versions() });
    const whole = changed.roster.chapters.flatMap((entry) => ("chapter" in entry ? [entry.chapter.id] : []));
    expect(whole).toEqual([chapters[2]!.id]);
    const after = kept.receive(changed.roster);
    expect(after).toEqual((await organisationRead(await context, request)).fold.roster);
    for (const [id, chapter] of before.chapters) expect(after.chapters.get(id)).toBe(chapter);

    // A page holding nothing (another page, or one whose worker was replaced) is sent every chapter whole.
    const fresh = await worker.readOrganisation(request);
    expect(fresh.roster.chapters.every((entry) => "chapter" in entry)).toBe(true);
  });

  it("[issue 15] a read bounded by `most` sends the chapters the page does not hold in parts: each part at most `most` weight (one chapter past it at most), held, until an answer withholds nothing; the parts make the same roster", async () => {
    const context = createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: (e) => { throw e; } });
    const worker = bindHandlers({ ...documentHandlers, ...organisationHandlers }, context);
    const chapters = await geneses(5);
    await worker.syncDocuments([{ url: ORGANISATION_URL, type: "organisation", bytes: organisationBytes(underOwnIds(chapters)) }]);
    const request = { organisation: ORGANISATION_URL, chapters: [] };
    const whole = (await organisationRead(await context, request)).fold.roster;
    const weights = [...whole.chapters.values()].map(chapterWeight);
    const most = weights[0]! + 1; // two chapters per part: the first does not reach the bound, the second does
    const kept = new KeptRoster();
    const parts = [];
    let read = await worker.readOrganisation({ ...request, known: kept.versions(), most });
    while ((read.roster.withheld ?? 0) > 0) {
      parts.push(read.roster.chapters.length);
      // A part carries its roster alone: the rest of the read (the profiles: an entry per member) comes once, with the last answer.
      expect(Object.keys(read).sort()).toEqual(["key", "roster"]);
      const sent = read.roster.chapters.flatMap((entry) => ("chapter" in entry ? [entry.chapter] : []));
      expect(sent).toHaveLength(read.roster.chapters.length); // a part lists only what it sends whole
      expect(sent.slice(0, -1).reduce((sum, chapter) => sum + chapterWeight(chapter), 0)).toBeLessThan(most);
      expect(() => kept.receive(read.roster)).toThrow(TypeError); // a part is not a roster
      kept.hold(read.roster);
      read = await worker.readOrganisation({ ...request, known: kept.versions(), most });
    }
    expect(parts).toEqual([2, 2]);
    expect(wholeAnswer(read)).toMatchObject({ fold: { headCount: 5 }, geneses: expect.any(Array), profiles: expect.any(Object) });
    expect(read.roster.chapters.filter((entry) => "chapter" in entry)).toHaveLength(1); // the fifth, in the last answer
    const roster = kept.receive(read.roster);
    expect(roster).toEqual(whole);
    expect([...roster.chapters.keys()]).toEqual([...whole.chapters.keys()]);

    // Unbounded, or asked by a page holding every chapter, nothing is withheld.
    expect((await worker.readOrganisation(request)).roster.withheld).toBeUndefined();
    expect((await worker.readOrganisation({ ...request, known: kept.versions(), most: 1 })).roster).toEqual({ chapters: [...roster.chapters.keys()].map((id) => ({ version: expect.any(String), id })) });
    // A bound that is not a positive whole number is refused.
    for (const bad of [0, -1, 1.5, "8000"]) await expect(worker.readOrganisation({ ...request, most: bad as number })).rejects.toThrow();
  });

  it("[issue 15] a sent roster naming a version the page does not hold is refused by name, and what the page keeps is unchanged", () => {
    const kept = new KeptRoster();
    const chapter = { id: "c1", name: "One", level: "international", parent: null, place: null, document: "automerge:one", admission: { sponsors: 0, countersign: false }, founders: [], children: [], members: new Map(), roles: [], invites: [] } as unknown as ChapterRoster;
    kept.receive({ chapters: [{ version: "v1", chapter }] });
    expect(() => kept.receive({ chapters: [{ version: "v2", id: chapter.id }] })).toThrow(RosterVersionMissing);
    expect(kept.versions()).toEqual(["v1"]);
    expect(kept.receive({ chapters: [{ version: "v1", id: chapter.id }] }).chapters.get(chapter.id)).toBe(chapter);
  });

  it("[issue 10] a read naming a document the worker holds no copy of is refused by name (the page sends it whole again)", async () => {
    const worker = bindHandlers(organisationHandlers, createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: () => undefined }));
    await expect(worker.readOrganisation({ organisation: ORGANISATION_URL, chapters: [] })).rejects.toMatchObject({ name: "MirrorMissing" });
  });
});
