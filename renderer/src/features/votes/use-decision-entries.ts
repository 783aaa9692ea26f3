import { CHAPTER_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useQuery } from "../../shared/documents/use-query.js";
import type { QuerySpec } from "../../shared/documents/live-query.js";
import type { DecisionEntry } from "./decision-entries.js";
import type { VotesWorker } from "./vote-query.js";
import { useVotesWorker } from "./votes-worker.js";

/** The query of the decision records of a chapter's document (`organisation`: its scope). */
export function decisionsQuery(worker: Pick<VotesWorker, "decisionEntries">, organisation: DocumentUrl, chapter: DocumentUrl): QuerySpec<DecisionEntry[]> {
  return {
    key: `decisions ${chapter}`,
    async read(context) {
      const [document] = await context.documents([{ url: chapter, type: CHAPTER_DOCUMENT, scope: organisation }], { wait: true });
      return document!.state === "ready" ? worker.decisionEntries({ chapter }) : [];
    },
  };
}

/** The decision records of a Chapter document, followed as it changes (undefined until read). */
export function useDecisionEntries(organisation: DocumentUrl, document: DocumentUrl | undefined): DecisionEntry[] | undefined {
  const worker = useVotesWorker();
  return useQuery(document === undefined ? undefined : decisionsQuery(worker, organisation, document)).value;
}
