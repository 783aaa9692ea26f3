/**
 * What the delegation feature asks the verification worker (registered in
 * src/app/worker/handlers.ts): a chapter's delegation records and the proposals it lists, from the worker's copy of its
 * document through crdt's one conversion (`bundleDocument`: `bundleDocumentOfSnapshot`), once per heads.
 */
import { bundleDocument } from "../../shared/worker/bundle-document.js";
import { isDocumentUrl, isObjectOf } from "../../shared/worker/guard.js";
import { handler } from "../../shared/worker/handler.js";
import type { WorkerContext } from "../../shared/worker/worker-context.js";
import { chapterProposals, delegationEntries, type ChapterDelegationRecords } from "./delegation-entries.js";

/** The delegation feature's worker handlers. */
export const delegationHandlers = {
  delegationEntries: handler(
    isObjectOf({ chapter: isDocumentUrl }),
    ({ chapter }, context: WorkerContext): Promise<ChapterDelegationRecords> => {
      const document = bundleDocument(context, chapter);
      return Promise.resolve({ entries: delegationEntries(document), proposals: chapterProposals(document) });
    },
  ),
};
