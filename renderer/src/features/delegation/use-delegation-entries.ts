import { CHAPTER_DOCUMENT } from "@chapterhouse/crdt/documents";
import { useMemo } from "react";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import type { QuerySpec } from "../../shared/documents/live-query.js";
import { useQuery } from "../../shared/documents/use-query.js";
import type { ChapterDelegationRecords, DelegationEntry } from "./delegation-entries.js";
import { useDelegationWorker, type DelegationWorker } from "./delegation-worker.js";

/** The query of the delegation records of a chapter's document (`organisation`: its scope). */
export function delegationsQuery(
  worker: Pick<DelegationWorker, "delegationEntries">,
  organisation: DocumentUrl,
  chapter: DocumentUrl,
): QuerySpec<ChapterDelegationRecords> {
  return {
    key: `delegations ${chapter}`,
    async read(context) {
      const [document] = await context.documents(
        [{ url: chapter, type: CHAPTER_DOCUMENT, scope: organisation }],
        { wait: true },
      );
      return document!.state === "ready" ? worker.delegationEntries({ chapter }) : { entries: [], proposals: [] };
    },
  };
}

/** The delegation records and proposals of a Chapter document, followed as it changes (undefined until read). */
export function useDelegationEntries(
  organisation: DocumentUrl,
  document: DocumentUrl | undefined,
): ChapterDelegationRecords | undefined {
  const worker = useDelegationWorker();
  return useQuery(document === undefined ? undefined : delegationsQuery(worker, organisation, document))
    .value;
}

/** The query of the delegation records of several chapters' documents (a vote's deciding chapter and its ancestors, DG3), by id. */
export function delegationsInQuery(worker: Pick<DelegationWorker, "delegationEntries">, organisation: DocumentUrl, chapters: readonly DocumentUrl[]): QuerySpec<DelegationEntry[]> {
  return {
    key: `delegations in ${chapters.join(" ")}`,
    async read(context) {
      const documents = await context.documents(
        chapters.map((url) => ({ url, type: CHAPTER_DOCUMENT, scope: organisation })),
        { wait: true },
      );
      const read = await Promise.all(documents.filter((document) => document.state === "ready").map((document) => worker.delegationEntries({ chapter: document.url })));
      return read.flatMap((records) => records.entries).sort((a, b) => (a.id < b.id ? -1 : 1));
    },
  };
}

/** The delegation records of `chapters`' documents, followed as they change (undefined until read). */
export function useDelegationsIn(organisation: DocumentUrl, chapters: readonly DocumentUrl[] | undefined): DelegationEntry[] | undefined {
  const worker = useDelegationWorker();
  const key = chapters?.join(" ");
  // The spec is made again only when the list of documents changes, not on every render.
  const spec = useMemo(() => (key === undefined ? undefined : delegationsInQuery(worker, organisation, key === "" ? [] : (key.split(" ") as DocumentUrl[]))), [worker, organisation, key]);
  return useQuery(spec).value;
}
