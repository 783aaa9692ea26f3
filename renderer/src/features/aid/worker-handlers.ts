/**
 * What the mutual-aid feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * every chapter's board judged (crdt's `readAid`, PROTOCOL.md AID), over the worker's copies of the
 * organisation's documents, once per change of them.
 */
import { readAid, type AidPost } from "@chapterhouse/crdt/aid";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isObjectOf } from "../../shared/worker/guard.js";
import { handler } from "../../shared/worker/handler.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const isAidRequest = isObjectOf({ organisation: isDocumentUrl, chapters: isArrayOf(isDocumentUrl) });

/** The mutual-aid feature's handlers. */
export const aidHandlers = {
  /** The organisation's boards, newest first. */
  readAid: handler(isAidRequest, ({ organisation, chapters }, context: WorkerContext): Promise<AidPost[]> => {
    const urls: DocumentUrl[] = [organisation, ...chapters];
    const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
    const key = `aid ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
    return context.results.get(key, () => withVerifiedIds(context, urls, () => readAid({ organisation: at(organisation), chapters: chapters.map(at) }, context.verifier, context.verified))) as Promise<AidPost[]>;
  }),
};
