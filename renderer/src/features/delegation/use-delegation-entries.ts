import { CHAPTER_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import type { QuerySpec } from "../../shared/documents/live-query.js";
import { useQuery } from "../../shared/documents/use-query.js";
import type { ChapterDelegationRecords } from "./delegation-entries.js";
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
