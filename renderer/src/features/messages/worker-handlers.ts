/**
 * What the messages feature asks the verification worker (registered in src/app/worker/handlers.ts).
 * A Conversation document and an inbox hold no record in clear, so they are read here from the
 * worker's copy as stored (every value under every key, conflicts included, as the chokepoint's
 * snapshot finds them), never through the chokepoint's record checks: the seals to open (which
 * the page's key vault opens, PV2.3, its box secret never leaving it), the invitations, and the
 * conversation as `readConversation` reads it with what the vault opened (PVC5).
 */
import { snapshotDocument, type DocumentSnapshot } from "@chapterhouse/crdt/chokepoint";
import type { Room } from "@chapterhouse/crdt/chat";
import { isConversation, readConversation, readInvitedRoom, type Conversation } from "@chapterhouse/crdt/conversations";
import { CONVERSATION_DOCUMENT, INBOX_DOCUMENT, type DocumentType } from "@chapterhouse/crdt/documents";
import { fromBase64url, toBase64url } from "@chapterhouse/crdt/encoding";
import { parseLockbox } from "@chapterhouse/crdt/private";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isMemberKey, isObjectOf, isRecordId, isString, type Guard, type Guarded } from "../../shared/worker/guard.js";
import { backgroundHandler, handler } from "../../shared/worker/handler.js";
import type { WorkerContext } from "../../shared/worker/worker-context.js";
import { conversationView, type ConversationView } from "./conversation-view.js";
import { isRoom, type PrivateThread } from "./private-thread.js";

/** An entry of a document map as stored: its key and text. */
export interface StoredEntry {
  readonly key: string;
  readonly text: string;
}

/** The inbox read as its one map (PVC6.3): its type has no record map for the chokepoint. */
const INBOX_LAYOUT: DocumentType = { ...INBOX_DOCUMENT, maps: { invitations: [] } };

const isConversationInput: Guard<Conversation> = (value): value is Conversation =>
  isObjectOf({ scope: isRecordId, creator: isMemberKey, salt: isString })(value) && isConversation(value);

/** An invited room as the chat feature read it from its chapter (CH2): what CH12.3 reads its content with. */
const isInvitedRoomInput: Guard<Room> = (value): value is Room =>
  isObjectOf({ id: isRecordId, chapter: isString, name: isString, access: (access): access is "invited" => access === "invited", members: isArrayOf(isMemberKey), creator: isMemberKey })(value);

const isPrivateThread: Guard<PrivateThread> = (value): value is PrivateThread => isConversationInput(value) || isInvitedRoomInput(value);

/** Every text stored in `map` of a snapshot, under its key. */
function entriesOf(snapshot: DocumentSnapshot, map: string): StoredEntry[] {
  return (snapshot.maps.find((one) => one.map === map)?.candidates ?? []).flatMap((candidate) => ("text" in candidate ? [{ key: candidate.key, text: candidate.text }] : []));
}

/** The worker's copy of a Conversation document, as stored. @throws {MirrorMissing} if not held. */
function conversationEntries(context: WorkerContext, url: DocumentUrl): DocumentSnapshot {
  return context.mirrors.derived(url, "conversation", ({ doc }) => snapshotDocument(CONVERSATION_DOCUMENT, doc));
}

const isDocumentRequest = isObjectOf({ document: isDocumentUrl });
const isReadRequest = isObjectOf({ document: isDocumentUrl, conversation: isPrivateThread, member: isMemberKey, box: isString, opened: isArrayOf(isArrayOf(isString)) });

function conversationSeals({ document }: { readonly document: DocumentUrl }, context: WorkerContext): Promise<string[]> {
  const seals = new Set<string>();
  for (const { text } of entriesOf(conversationEntries(context, document), "keys")) {
    const lockbox = parseLockbox(text);
    if (!("state" in lockbox)) for (const seal of lockbox.seals) seals.add(seal);
  }
  return Promise.resolve([...seals].sort());
}

function inboxInvitations({ document }: { readonly document: DocumentUrl }, context: WorkerContext): Promise<StoredEntry[]> {
  return Promise.resolve(entriesOf(context.mirrors.derived(document, "inbox", ({ doc }) => snapshotDocument(INBOX_LAYOUT, doc)), "invitations"));
}

/** A reading of a conversation, and the heads of the worker's copy it was read at (joined with commas: the page's cache key). */
export interface ReadMessagesAnswer {
  readonly view: ConversationView<PrivateThread>;
  readonly heads: string;
}

async function readMessages(request: Guarded<typeof isReadRequest>, context: WorkerContext): Promise<ReadMessagesAnswer> {
  const { document, conversation, member, box, opened } = request;
  const plaintexts = new Map(opened.map(([seal, plaintext]) => [seal, plaintext]));
  const open = (sealed: Uint8Array) => {
    const plaintext = plaintexts.get(toBase64url(sealed));
    return plaintext === undefined ? undefined : fromBase64url(plaintext);
  };
  const heads = context.mirrors.headsKey(document);
  const stored = conversationEntries(context, document);
  const input = {
    lockboxes: entriesOf(stored, "keys"),
    envelopes: entriesOf(stored, "messages"),
    reader: { member, box: { publicKey: fromBase64url(box), open } },
    verifier: context.verifier,
  };
  const reading = isRoom(conversation) ? await readInvitedRoom({ room: conversation, ...input }) : await readConversation({ conversation, ...input });
  return { view: conversationView(conversation, reading), heads };
}

/** The messages feature's handlers. */
export const messageHandlers = {
  /** The seals of the Conversation document `document`'s lockboxes (PV8.1), each once, sorted: what the key vault is asked to open. */
  conversationSeals: handler(isDocumentRequest, conversationSeals),
  /** The invitations stored in the inbox `document` (PVC6.3), as stored: the page's key vault opens them. */
  inboxInvitations: handler(isDocumentRequest, inboxInvitations),
  /**
   * `conversation` (or an invited room) read from its document `document` for `member` (PVC5,
   * CH12.3), with `opened`: each seal the key vault opened (base64url) and its plaintext (base64url);
   * and the heads of the copy read.
   */
  readMessages: handler(isReadRequest, readMessages),
  /** The same three for the bell (a direct message not yet read), in the background lane (HOME4). */
  conversationSealsForNotices: backgroundHandler(isDocumentRequest, conversationSeals),
  inboxInvitationsForNotices: backgroundHandler(isDocumentRequest, inboxInvitations),
  readMessagesForNotices: backgroundHandler(isReadRequest, readMessages),
};
