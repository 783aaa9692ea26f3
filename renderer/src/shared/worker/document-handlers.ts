/**
 * The document layer's own handlers (src/shared/documents/): copies of the page's documents
 * (`syncDocuments`), what the device keeps of them (D8) and what they lost (D9,
 * `keepDocuments`), records written on this device (`keepRecords`), and the verifier's backend.
 */
import type { HeldRecords, StoredRecord } from "@chapterhouse/crdt/chokepoint";
import { DOCUMENT_TYPES } from "@chapterhouse/crdt/documents";
import { recordIdOf, type DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isBytes, isDocumentUrl, isObjectOf, isRecordId, isString, type Guard } from "./guard.js";
import { nextTask } from "../documents/time-slices.js";
import { backgroundHandler, giveWay, handler } from "./handler.js";
import type { MirrorHeads } from "./document-mirrors.js";
import { signedRecords, withVerifiedIds, type WorkerContext } from "./worker-context.js";

const TYPE_NAMES = new Set(DOCUMENT_TYPES.map((type) => type.name));
const isTypeName: Guard<string> = (value): value is string => typeof value === "string" && TYPE_NAMES.has(value);
const isStoredRecord: Guard<StoredRecord> = (value): value is StoredRecord =>
  isObjectOf({ id: isRecordId, text: isString })(value) && recordIdOf(value.text) === value.id;

/** What a document lost that the device holds (D9), for the page to write back. */
export interface LostRecords {
  readonly url: DocumentUrl;
  readonly records: HeldRecords;
}

/** No input. */
const isNothing: Guard<undefined> = (value): value is undefined => value === undefined;

/** The document layer's handlers. */
export const documentHandlers = {
  /**
   * Applies each document's changes to the worker's copy, one document per task (a reload copies
   * seventy Chapter documents at once: a screen's read waiting meanwhile comes between two);
   * answers the heads each copy has now.
   */
  syncDocuments: handler(isArrayOf(isObjectOf({ url: isDocumentUrl, type: isTypeName, bytes: isBytes })), async (updates, context: WorkerContext): Promise<MirrorHeads[]> => {
    const heads: MirrorHeads[] = [];
    for (const update of updates) {
      if (heads.length > 0) await nextTask();
      heads.push(context.mirrors.apply(update));
    }
    return heads;
  }),

  /**
   * D8, D9: keeps every signature-valid record of each document's copy in the store, and answers
   * what each lost of the records the store holds for it (documents that lost nothing are left out).
   * A background read (HOME4): keeping is not what a screen shows, and after a reload it reads back
   * what the store holds of every document followed — it waits while a screen's read runs, and
   * between two documents gives way until no screen's read runs (`giveWay`).
   */
  keepDocuments: backgroundHandler(isArrayOf(isDocumentUrl), async (urls, context: WorkerContext): Promise<LostRecords[]> => {
    const held = urls.filter((url) => context.mirrors.holds(url));
    const lost: LostRecords[] = [];
    await withVerifiedIds(context, held, async () => {
      for (const [i, url] of held.entries()) {
        // Between two documents a screen's read that arrived meanwhile goes first, to its end.
        if (i > 0) await giveWay(context);
        const keeper = context.keeper(url, context.mirrors.type(url));
        await keeper.remember(await signedRecords(context, url));
        const records = keeper.lostFrom(context.mirrors.doc(url));
        if (records !== undefined) lost.push({ url, records });
      }
    });
    return lost;
  }),

  /** D8: keeps records this device wrote into a document. Refuses a record whose text is not its id's (R3). */
  keepRecords: handler(
    isObjectOf({ url: isDocumentUrl, type: isTypeName, map: isString, records: isArrayOf(isStoredRecord) }),
    async ({ url, type, map, records }, context: WorkerContext): Promise<void> => {
      const documentType = DOCUMENT_TYPES.find((candidate) => candidate.name === type)!;
      await context.keeper(url, documentType).keep(map, records);
    },
  ),

  /** The signature verifier's backend ("webcrypto", "tweetnacl"). */
  verifierBackend: handler(isNothing, (_, context: WorkerContext): Promise<string> => Promise.resolve(context.verifier.backend)),
};
