/**
 * What the resources feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * a chapter's library judged (crdt's `readLibrary`, PROTOCOL.md RS4, RS5) and a file's bytes checked
 * against the hash its resource signs (`attachmentBytes`, RS3.3), over the worker's copies of the
 * documents, once per change of them.
 */
import { attachmentBytes, readLibrary, type AttachmentRead, type LibraryRead } from "@chapterhouse/crdt/resources";
import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isId, isObjectOf, isSafeInteger, isString, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const isLibraryRequest = isObjectOf({
  /** The Organisation document and the Chapter documents held: every record's membership context (RS4.2). */
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  chapter: isId<ChapterId>(),
});

const isAttachmentRequest = isObjectOf({ document: isDocumentUrl, size: isSafeInteger, hash: isString });

/** A chapter's library (RS5), once per change of its documents. */
function library({ organisation, chapters, chapter }: Guarded<typeof isLibraryRequest>, context: WorkerContext): Promise<LibraryRead> {
  const urls: DocumentUrl[] = [organisation, ...chapters];
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  const key = `library ${chapter} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  return context.results.get(key, () => withVerifiedIds(context, urls, () => readLibrary({ organisation: at(organisation), chapters: chapters.map(at) }, chapter, context.verifier, context.verified))) as Promise<LibraryRead>;
}

/** The resources feature's handlers. */
export const resourceHandlers = {
  /** A chapter's library (RS5), with a key that changes only when its documents did. */
  readLibrary: handler(isLibraryRequest, library),
  /** The same in the background lane, for search (HOME4). */
  libraryForSearch: backgroundHandler(isLibraryRequest, library),
  /** A file's bytes from its Attachment document, intact only when they match the signed size and hash (RS3.3). */
  readAttachment: handler(isAttachmentRequest, ({ document, size, hash }, context: WorkerContext): Promise<AttachmentRead> =>
    Promise.resolve(context.mirrors.derived(document, `attachment ${size} ${hash}`, ({ doc }) => attachmentBytes(doc, { size, hash }))),
  ),
};
