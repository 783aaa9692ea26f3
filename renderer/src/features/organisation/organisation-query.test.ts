import type { ChapterRoster } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { DocumentState } from "../../shared/documents/followed-document.js";
import { LiveQuery, type QueryHost } from "../../shared/documents/live-query.js";
import type { HeldChapters } from "./held-chapters.js";
import { organisationQuery, type OrganisationView, type OrganisationWorker } from "./organisation-query.js";

const organisation = "automerge:organisation" as DocumentUrl;
const root = "root" as ChapterId;
const children = ["north", "south", "east"] as ChapterId[];
const documentOf = (chapter: ChapterId) => `automerge:${chapter}` as DocumentUrl;
const chapterDocuments = [root, ...children].map(documentOf);

/** A chapter of the roster, as much of it as the query reads. */
const chapter = (id: ChapterId): ChapterRoster =>
  ({ id, name: id, parent: id === root ? null : root, document: documentOf(id), children: id === root ? children : [], members: new Map(), roles: [], invites: [] }) as unknown as ChapterRoster;

/** A worker whose fold knows the whole tree from the Organisation document (its geneses), and which records the Chapter documents of each fold. */
function foldingWorker() {
  const folds: DocumentUrl[][] = [];
  const worker = {
    readOrganisation: (request: { readonly chapters: readonly DocumentUrl[] }) => {
      folds.push([...request.chapters].sort());
      return Promise.resolve({
        key: `fold ${folds.length}`,
        fold: { rejections: [] },
        roster: { chapters: [root, ...children].map((id) => ({ version: `${id} ${folds.length}`, chapter: chapter(id) })) },
        geneses: [],
        profiles: { members: new Map(), labels: new Map(), invalid: [] },
        profileCopies: new Map(),
      });
    },
  } as unknown as OrganisationWorker;
  return { worker, folds };
}

/** A host whose Organisation document is ready and whose Chapter documents come out of storage when the test says. */
function storageHost() {
  const states = new Map<DocumentUrl, DocumentState>([[organisation, "ready"], ...chapterDocuments.map((url) => [url, "loading"] as const)]);
  const changed = new Map<DocumentUrl, () => void>();
  const queryHost: QueryHost = {
    follow(request, onChange) {
      changed.set(request.url, onChange);
      return () => changed.delete(request.url);
    },
    state: (url) => states.get(url) ?? "unavailable",
    mirror: () => Promise.resolve(),
    afterRead: () => undefined,
    isWorkerLost: () => false,
    disposed: () => undefined,
    onError: (error) => {
      throw error;
    },
    debounceMs: 1,
    lingerMs: 10,
  };
  return {
    queryHost,
    load: (url: DocumentUrl) => {
      states.set(url, "ready");
      changed.get(url)?.();
    },
  };
}

/** A store of held Chapter documents in memory. */
function memoryStore(initial: readonly DocumentUrl[] = []): HeldChapters & { readonly kept: () => readonly DocumentUrl[] } {
  let kept = [...initial];
  return {
    kept: () => kept,
    load: () => Promise.resolve(kept),
    save(_, chapters) {
      kept = [...chapters];
      return Promise.resolve();
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Reads the organisation while its Chapter documents come out of storage one at a time, each read let finish before the next arrives. */
async function readWhileLoading(held: HeldChapters | undefined) {
  const { worker, folds } = foldingWorker();
  const { queryHost, load } = storageHost();
  const query = new LiveQuery<OrganisationView>(organisationQuery(worker, organisation, { root, focus: undefined }, held), queryHost);
  const release = query.retain();
  await settle();
  for (const url of chapterDocuments) {
    load(url);
    await settle();
  }
  const view = query.get().value;
  release();
  return { folds, view };
}

describe("an organisation's query after a reload", () => {
  it("[issue 10] waits for the Chapter documents the device held at its last read, and folds the organisation once over all of them, not once per document out of storage", async () => {
    const { folds, view } = await readWhileLoading(memoryStore(chapterDocuments));
    // The Organisation document alone (the tree's geneses), then every Chapter document: no fold of a part of them.
    expect(folds).toEqual([[], [...chapterDocuments].sort()]);
    expect(view?.waiting).toBe(0);
    expect(view?.roster.chapters.size).toBe(4);
  });

  it("keeps the Chapter documents it read for the next reload; with none kept (a first visit), each read shows what arrived so far", async () => {
    const store = memoryStore();
    const { folds, view } = await readWhileLoading(store);
    expect(folds.length).toBeGreaterThan(2);
    expect(folds.some((documents) => documents.length > 0 && documents.length < chapterDocuments.length)).toBe(true);
    expect(view?.waiting).toBe(0);
    expect(store.kept()).toEqual([...chapterDocuments].sort());
  });

  it("a kept document that is not the organisation's, or is no longer on the device, is waited for but never folded", async () => {
    const stranger = "automerge:stranger" as DocumentUrl;
    const { folds, view } = await readWhileLoading(memoryStore([...chapterDocuments, stranger]));
    expect(folds.flat()).not.toContain(stranger);
    expect(folds.at(-1)).toEqual([...chapterDocuments].sort());
    expect(view?.waiting).toBe(0);
  });
});
