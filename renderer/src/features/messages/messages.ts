/**
 * A member's private conversations on this device (PROTOCOL.md PVC), and the content of the
 * invited rooms they are in (CH12), which is written and read alike: finding conversations from
 * the inbox (PVC6), reading one (PVC5, CH12.3), and writing — starting one, sending, replying,
 * editing and deleting (CH4, CH5), adding members (PVC4.1) and removing them (PVC4.2). Every record is signed by the
 * member's key vault and sealed here under an epoch key this device holds; every seal made to the
 * member is opened by the vault, whose box secret never leaves it (PV2.3).
 */
import * as A from "@automerge/automerge";
import type { Repo } from "@automerge/automerge-repo";
import type { StoredRecord } from "@chapterhouse/crdt/chokepoint";
import { MAX_MESSAGE_LENGTH, messageDeleteDraft, messageDraft, messageEditDraft, reactionDraft, type Room } from "@chapterhouse/crdt/chat";
import { MAX_INVITATION_LENGTH, newConversation, readInvitations, sealInvitation, type Conversation } from "@chapterhouse/crdt/conversations";
import { fromBase64url, toBase64url } from "@chapterhouse/crdt/encoding";
import type { RecordDraft } from "@chapterhouse/crdt/kinds";
import { SCOPE_KEY_BYTES, epochOf, newScopeKey, scopeKeyDraft, sealEnvelope, sealLockbox, writingEpoch, type EpochId, type SealRecipient } from "@chapterhouse/crdt/private";
import type { DocumentUrl, MemberKey, ParsedRecord, RecordId } from "@chapterhouse/crdt/records";
import type { DocumentLayer } from "../../shared/documents/document-layer.js";
import type { DocumentRequest } from "../../shared/documents/followed-document.js";
import { Pending, type QueryContext, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import { conversationDocumentRequest, inboxDocumentRequest } from "./conversation-documents.js";
import type { ConversationIndex } from "./conversation-index.js";
import type { ConversationView } from "./conversation-view.js";
import { byNewest, conversationsToRead } from "./conversations-to-read.js";
import { MessagesError } from "./messages-error.js";
import { isRoom, scopeOf, type PrivateThread } from "./private-thread.js";
import type { messageHandlers } from "./worker-handlers.js";

/** How many conversations the list shows at first, and how many more each "Show older" adds. */
export const CONVERSATIONS_PER_PAGE = 50;
/**
 * How many conversations the index does not know the list reads at a time (`conversationsToRead`):
 * a fresh device with thousands shows its first page after opening this many, not all of them.
 */
export const UNCHECKED_PER_READ = 50;
/** Most members of a conversation (PVC4.3). */
export const MAX_CONVERSATION_MEMBERS = 50;
/** How long an action waits for a document to be open here (it opens from its genesis at once). */
const OPEN_MS = 30_000;

/** What the messages feature asks the worker. */
export type MessagesWorker = Bound<typeof messageHandlers>;

/** What the service needs from the member's space and the device. */
export interface MessagesDeps {
  readonly member: { readonly key: MemberKey; readonly boxKey: string };
  readonly documents: Pick<DocumentLayer, "query" | "write" | "handle">;
  readonly repo: Repo;
  readonly worker: MessagesWorker;
  /** Signs through the key vault. */
  readonly sign: (draft: RecordDraft) => Promise<ParsedRecord>;
  /** Opens seals through the key vault (PV2.3): each plaintext, or undefined. */
  readonly openSealed: (seals: readonly Uint8Array[]) => Promise<(Uint8Array | undefined)[]>;
  /** The box key a member's current profile publishes (PF1.3), if this device holds one. */
  readonly boxKeyOf: (member: MemberKey) => string | undefined;
  readonly randomBytes: (length: number) => Uint8Array;
  /** When each conversation last had a message, as this device last read it. */
  readonly index: ConversationIndex;
}

/** A page of the conversation list: the `count` newest conversations read, newest first, of `total`. */
export interface ConversationPage {
  readonly views: readonly ConversationView[];
  readonly total: number;
  /** How many of them this device has not read yet (a fresh device's): the page is the newest of the others. */
  readonly unchecked: number;
}

/** What a reply names (CH4.2): the thread's first message and the message quoted. */
export interface ReplyTo {
  readonly root: RecordId;
  readonly quote: RecordId;
}

/** The seals the vault opened, and the epoch keys among them. */
interface Opened {
  readonly pairs: string[][];
  readonly keys: Map<EpochId, Uint8Array>;
}

/** The member's conversations. Made per unlocked member space. */
export class Messages {
  readonly #deps: MessagesDeps;
  /**
   * Each conversation's last reading and the heads of the worker's copy it was read at: a list
   * read again as one of thousands of documents changes reads only that one again.
   */
  readonly #readings = new Map<DocumentUrl, { readonly heads: string; readonly view: ConversationView }>();

  constructor(deps: MessagesDeps) {
    this.#deps = deps;
  }

  /** The conversations the member's inbox names (PVC6.3), sorted by id. */
  conversationsQuery(): QuerySpec<Conversation[]> {
    const request = inboxDocumentRequest(this.#deps.repo, this.#deps.member.boxKey);
    return {
      key: `messages inbox ${request.url}`,
      read: async (context) => {
        const [inbox] = await context.documents([request], { wait: true });
        if (inbox!.state !== "ready") return [];
        // What a vandal stored (too long, not base64url) is never sent to the vault; readInvitations ignores it (PVC6.2).
        const entries = await this.#deps.worker.inboxInvitations({ document: request.url });
        const sealed = entries.flatMap(({ key, text }) => {
          const bytes = text.length <= MAX_INVITATION_LENGTH ? bytesOf(text) : undefined;
          return bytes === undefined ? [] : [{ key, text, bytes }];
        });
        // Only what the vault has not opened on this device before is sent to it.
        const known = await this.#deps.index.invitations();
        const fresh = sealed.filter(({ key }) => !known.has(key));
        const opened = await this.#deps.openSealed(fresh.map(({ bytes }) => bytes));
        const learned = new Map(fresh.flatMap(({ key }, i) => (opened[i] === undefined ? [] : [[key, toBase64url(opened[i])] as const])));
        await this.#deps.index.noteInvitations(learned);
        const byText = new Map(sealed.map(({ key, text }) => [text, known.get(key) ?? learned.get(key)]));
        const open = (sealed: Uint8Array) => {
          const plaintext = byText.get(toBase64url(sealed));
          return plaintext === undefined ? undefined : fromBase64url(plaintext);
        };
        // readInvitations judges every entry as before (PVC6.2): a key that is not its text's id is ignored.
        return readInvitations(entries, { publicKey: fromBase64url(this.#deps.member.boxKey), open });
      },
    };
  }

  /**
   * Every conversation of the inbox as this device reads it (PVC5), the one with the newest message
   * first. `arrived`: only those whose documents are on the device now, each read again only when
   * it changed (the bell and search, which follow every conversation as it syncs); otherwise it
   * waits for every one (starting a conversation looks for one with the same members).
   */
  overviewQuery({ arrived = false }: { readonly arrived?: boolean } = {}): QuerySpec<ConversationView[]> {
    const inbox = this.conversationsQuery();
    return {
      key: `messages overview ${arrived ? "arrived" : "all"} ${inbox.key}`,
      read: async (context) => {
        const found = context.depend(this.#deps.documents.query(inbox));
        // Read again once the inbox is: an overview before it would wrongly say there is no conversation.
        if (found.value === undefined) throw new Pending(inbox.key);
        return this.#readNewest(context, found.value, !arrived);
      },
    };
  }

  /**
   * The `count` newest conversations of the inbox and how many there are, opening only those
   * `conversationsToRead` picks from the device's index, never every Conversation document: on a
   * fresh device, a slice of those it has not read each time, each noted in the index — whose
   * changes read the list again (the screen's subscription), so the device checks them all, a
   * slice at a time, while the page shows the newest of those checked. `unchecked`: how many it
   * has not read it reads at a time.
   */
  pageQuery(count: number, unchecked = UNCHECKED_PER_READ): QuerySpec<ConversationPage> {
    const inbox = this.conversationsQuery();
    return {
      key: `messages page ${count} ${unchecked} ${inbox.key}`,
      read: async (context) => {
        const found = context.depend(this.#deps.documents.query(inbox));
        if (found.value === undefined) throw new Pending(inbox.key);
        const known = await this.#deps.index.known();
        const views = await this.#readNewest(context, conversationsToRead(found.value, known, count, unchecked));
        const read = new Set(views.map((view) => view.conversation.scope));
        return { views: views.slice(0, count), total: found.value.length, unchecked: found.value.filter(({ scope }) => !known.has(scope) && !read.has(scope)).length };
      },
    };
  }

  /** `conversation` (or an invited room) as this device reads it (PVC5, CH12.3). */
  conversationQuery<T extends PrivateThread>(conversation: T): QuerySpec<ConversationView<T>> {
    const request = conversationDocumentRequest(this.#deps.repo, scopeOf(conversation));
    return {
      key: `messages conversation ${scopeOf(conversation)}`,
      read: async (context) => {
        await context.documents([request], { wait: true });
        const view = await this.#read(conversation, request.url, await this.#open(request.url));
        if (!isRoom(view.conversation)) await this.#note([view]);
        return view;
      },
    };
  }

  /**
   * Starts a conversation with `members` (the member is added): its first epoch sealed to each
   * (PVC3.1) and an invitation in each one's inbox, the member's own included (PVC6.4).
   * @throws {MessagesError} "no-box-key" naming a member whose box key is not known, "too-many-members".
   */
  async start(members: readonly MemberKey[]): Promise<Conversation> {
    const recipients = this.#recipients([this.#deps.member.key, ...members]);
    const conversation = newConversation(this.#deps.member.key, this.#deps.randomBytes);
    const scopeKey = newScopeKey(this.#deps.randomBytes);
    const record = await this.#deps.sign(scopeKeyDraft({ scope: conversation.scope, scopeKey, recipients }, this.#deps.randomBytes));
    await this.#withDocument(conversationDocumentRequest(this.#deps.repo, conversation.scope), (url) =>
      this.#deps.documents.write(url, "keys", [stored(sealLockbox(record, conversation.scope, scopeKey, this.#deps.randomBytes(24)))]),
    );
    await this.#invite(conversation, recipients);
    return conversation;
  }

  /**
   * Starts the content of the invited room `room` the member has just created (CH12.2): its first
   * epoch sealed to the room's first members. No invitation: members find it in the chapter (CH12.4).
   * @throws {MessagesError} "no-box-key" naming a member whose box key is not known, "too-many-members".
   */
  async startRoom(room: Room): Promise<void> {
    const recipients = this.#recipients(room.members);
    const scopeKey = newScopeKey(this.#deps.randomBytes);
    const record = await this.#deps.sign(scopeKeyDraft({ scope: room.id, scopeKey, recipients }, this.#deps.randomBytes));
    await this.#withDocument(conversationDocumentRequest(this.#deps.repo, room.id), (url) =>
      this.#deps.documents.write(url, "keys", [stored(sealLockbox(record, room.id, scopeKey, this.#deps.randomBytes(24)))]),
    );
  }

  /**
   * Sends a message (CH1), a reply to `replyTo` if given, sealed under the current epoch.
   * @throws {MessagesError} "bad-length" (with the limit), "not-a-member".
   */
  async send(conversation: PrivateThread, text: string, replyTo?: ReplyTo): Promise<RecordId> {
    if (text.trim().length === 0 || text.length > MAX_MESSAGE_LENGTH) throw new MessagesError("bad-length", `a message has 1 to ${MAX_MESSAGE_LENGTH} characters`, MAX_MESSAGE_LENGTH);
    return this.#seal(conversation, messageDraft({ scope: scopeOf(conversation), text, root: replyTo?.root ?? null, quote: replyTo?.quote ?? null }));
  }

  /** Replaces the text of the member's own message `target` (CH5.1). @throws as `send`. */
  async edit(conversation: PrivateThread, target: RecordId, text: string): Promise<RecordId> {
    if (text.trim().length === 0 || text.length > MAX_MESSAGE_LENGTH) throw new MessagesError("bad-length", `a message has 1 to ${MAX_MESSAGE_LENGTH} characters`, MAX_MESSAGE_LENGTH);
    return this.#seal(conversation, messageEditDraft({ scope: scopeOf(conversation), target, text }));
  }

  /** Deletes the member's own message `target` (CH5.3: shown as deleted). @throws {MessagesError} "not-a-member". */
  delete(conversation: PrivateThread, target: RecordId): Promise<RecordId> {
    return this.#seal(conversation, messageDeleteDraft({ scope: scopeOf(conversation), target }));
  }

  /** Adds (`on`) or takes back the member's reaction `emoji` to `target` (CH6). @throws {MessagesError} "not-a-member". */
  react(conversation: PrivateThread, target: RecordId, emoji: string, on: boolean): Promise<RecordId> {
    return this.#seal(conversation, reactionDraft({ scope: scopeOf(conversation), target, emoji, on }));
  }

  /**
   * Adds members (PVC4.1): every epoch key this device holds sealed to them, each record citing
   * its epoch's, and an invitation in each one's inbox (none for a room, CH12.4). They read the
   * whole conversation.
   * @throws {MessagesError} "no-box-key", "too-many-members", "not-a-member".
   */
  async addMembers(conversation: PrivateThread, members: readonly MemberKey[]): Promise<void> {
    const scope = scopeOf(conversation);
    const request = conversationDocumentRequest(this.#deps.repo, scope);
    await this.#withDocument(request, async (url) => {
      const opened = await this.#open(url);
      const view = await this.#read(conversation, url, opened);
      const fresh = members.filter((member) => !view.members.includes(member));
      if (view.members.length + fresh.length > MAX_CONVERSATION_MEMBERS) throw tooMany();
      const recipients = this.#recipients(fresh);
      if (recipients.length === 0) return;
      if (!view.heads.some((head) => opened.keys.has(head))) throw notMember();
      const lockboxes = [];
      for (const epoch of view.epochs) {
        const key = opened.keys.get(epoch.epoch);
        if (key === undefined) continue;
        const scopeKey = { epoch: epoch.epoch, key };
        const record = await this.#deps.sign(scopeKeyDraft({ scope, scopeKey, recipients, replaces: epoch.records }, this.#deps.randomBytes));
        lockboxes.push(stored(sealLockbox(record, scope, scopeKey, this.#deps.randomBytes(24))));
      }
      await this.#deps.documents.write(url, "keys", lockboxes);
      if (!isRoom(conversation)) await this.#invite(conversation, recipients);
    });
  }

  /**
   * Removes members (PVC4.2): a new epoch sealed to those who remain, citing every head epoch's
   * records. The removed keep what they could read (the epochs that list them); nothing after.
   * @throws {MessagesError} "no-box-key" for a remaining member, "not-a-member".
   */
  async removeMembers(conversation: PrivateThread, members: readonly MemberKey[]): Promise<void> {
    const scope = scopeOf(conversation);
    const request = conversationDocumentRequest(this.#deps.repo, scope);
    await this.#withDocument(request, async (url) => {
      const opened = await this.#open(url);
      const view = await this.#read(conversation, url, opened);
      if (!view.heads.some((head) => opened.keys.has(head))) throw notMember();
      const remaining = view.members.filter((member) => !members.includes(member));
      if (remaining.length === view.members.length) return;
      const scopeKey = newScopeKey(this.#deps.randomBytes);
      const replaces = view.epochs.filter((epoch) => view.heads.includes(epoch.epoch)).flatMap((epoch) => epoch.records);
      const record = await this.#deps.sign(scopeKeyDraft({ scope, scopeKey, recipients: this.#recipients(remaining), replaces }, this.#deps.randomBytes));
      await this.#deps.documents.write(url, "keys", [stored(sealLockbox(record, scope, scopeKey, this.#deps.randomBytes(24)))]);
    });
  }

  /**
   * `conversations` read, newest first, those read afresh noted in the index. With `wait`, once
   * every document is here; without, those here now (the others are read as they arrive).
   */
  async #readNewest(context: QueryContext, conversations: readonly Conversation[], wait = true): Promise<ConversationView[]> {
    const requests = conversations.map((conversation) => conversationDocumentRequest(this.#deps.repo, conversation.scope));
    const standing = await context.documents(requests, { wait });
    const fresh: ConversationView[] = [];
    const views = await Promise.all(
      conversations.flatMap((conversation, i): Promise<ConversationView>[] => {
        const { url } = requests[i]!;
        if (standing[i]!.state !== "ready") return [];
        const handle = this.#deps.documents.handle(url);
        const held = this.#readings.get(url);
        if (held !== undefined && handle !== undefined && held.heads === A.getHeads(handle.doc()).join(",")) return [Promise.resolve(held.view)];
        return [
          this.#readAt(conversation, url).then(({ view, heads }) => {
            this.#readings.set(url, { heads, view });
            fresh.push(view);
            return view;
          }),
        ];
      }),
    );
    await this.#note(fresh);
    return views.sort((a, b) => byNewest({ scope: a.conversation.scope, at: newest(a) }, { scope: b.conversation.scope, at: newest(b) }));
  }

  /**
   * Notes in the index when each of `views` last had a message, 0 for none yet: a lower bound
   * like any other (its first message is noted by whatever reads it next — its screen, the bell).
   */
  async #note(views: readonly ConversationView<PrivateThread>[]): Promise<void> {
    await this.#deps.index.note(new Map(views.map((view) => [scopeOf(view.conversation), newest(view)])));
  }

  /** Signs `draft` and seals it under the head epoch PV6.5 picks among those this device holds (PV4). */
  async #seal(conversation: PrivateThread, draft: RecordDraft): Promise<RecordId> {
    const scope = scopeOf(conversation);
    const request = conversationDocumentRequest(this.#deps.repo, scope);
    return this.#withDocument(request, async (url) => {
      const opened = await this.#open(url);
      const view = await this.#read(conversation, url, opened);
      const epoch = writingEpoch(view);
      if (epoch === undefined || !opened.keys.has(epoch)) throw notMember();
      const record = await this.#deps.sign(draft);
      await this.#deps.documents.write(url, "messages", [stored(sealEnvelope(record, scope, { epoch, key: opened.keys.get(epoch)! }, this.#deps.randomBytes(24)))]);
      return record.id;
    });
  }

  /** Members with the box keys their profiles publish, checked against PVC4.3. */
  #recipients(members: readonly MemberKey[]): SealRecipient[] {
    const unique = [...new Set(members)];
    if (unique.length > MAX_CONVERSATION_MEMBERS) throw tooMany();
    return unique.map((member) => {
      const box = member === this.#deps.member.key ? this.#deps.member.boxKey : this.#deps.boxKeyOf(member);
      if (box === undefined) throw new MessagesError("no-box-key", `${member} has no key for private messages in their profile yet, so they cannot be added`);
      return { member, box };
    });
  }

  /** Puts an invitation to `conversation` in each recipient's inbox (PVC6.4). */
  async #invite(conversation: Conversation, recipients: readonly SealRecipient[]): Promise<void> {
    for (const { box } of recipients) {
      const invitation = sealInvitation(conversation, fromBase64url(box), this.#deps.randomBytes(32));
      await this.#withDocument(inboxDocumentRequest(this.#deps.repo, box), (url) => this.#deps.documents.write(url, "invitations", [stored(invitation)]));
    }
  }

  /** The seals of the conversation's lockboxes opened by the vault, and the epoch keys they gave. */
  async #open(url: DocumentUrl): Promise<Opened> {
    const seals = await this.#deps.worker.conversationSeals({ document: url });
    const plaintexts = await this.#deps.openSealed(seals.map((seal) => fromBase64url(seal)));
    const pairs: string[][] = [];
    const keys = new Map<EpochId, Uint8Array>();
    seals.forEach((seal, i) => {
      const plaintext = plaintexts[i];
      if (plaintext === undefined) return;
      pairs.push([seal, toBase64url(plaintext)]);
      if (plaintext.length === SCOPE_KEY_BYTES) keys.set(epochOf(plaintext), plaintext);
    });
    return { pairs, keys };
  }

  async #read<T extends PrivateThread>(conversation: T, url: DocumentUrl, opened: Opened): Promise<ConversationView<T>> {
    return (await this.#readWith(conversation, url, opened)).view;
  }

  /** `conversation` read afresh, with the heads of the worker's copy it was read at. */
  async #readAt<T extends PrivateThread>(conversation: T, url: DocumentUrl): Promise<{ readonly view: ConversationView<T>; readonly heads: string }> {
    return this.#readWith(conversation, url, await this.#open(url));
  }

  async #readWith<T extends PrivateThread>(conversation: T, url: DocumentUrl, opened: Opened): Promise<{ readonly view: ConversationView<T>; readonly heads: string }> {
    const { key, boxKey } = this.#deps.member;
    const { view, heads } = await this.#deps.worker.readMessages({ document: url, conversation, member: key, box: boxKey, opened: opened.pairs });
    // The worker's view names the thread it was given, which is `conversation`: keep the caller's type.
    return { view: { ...view, conversation }, heads };
  }

  /** Runs `action` with `request`'s document open here and copied to the worker. */
  async #withDocument<T>(request: DocumentRequest, action: (url: DocumentUrl) => Promise<T>): Promise<T> {
    const query = this.#deps.documents.query({ key: `messages document ${request.url}`, read: async (context) => (await context.documents([request], { wait: true }))[0]!.state });
    const release = query.retain();
    try {
      await query.until((state) => state.value !== undefined, `${request.url} did not open`, OPEN_MS);
      await query.refresh();
      return await action(request.url);
    } finally {
      release();
    }
  }
}

/** When a conversation last had a message (0: none yet). */
const newest = (view: Pick<ConversationView<PrivateThread>, "messages">): number => view.messages.at(-1)?.at ?? 0;

const tooMany = () => new MessagesError("too-many-members", `a conversation holds at most ${MAX_CONVERSATION_MEMBERS} members`, MAX_CONVERSATION_MEMBERS);
const notMember = () => new MessagesError("not-a-member", "you are no longer in this conversation, or its key has not reached this device yet");

/** A lockbox, envelope or invitation as its document stores it: under its id, SHA-256 of its text, as a record is (PV7, PVC6.3). */
function stored(sealed: { readonly id: string; readonly text: string }): StoredRecord {
  return { id: sealed.id as RecordId, text: sealed.text };
}

/** The bytes of a base64url text, or undefined when it is not one. */
function bytesOf(text: string): Uint8Array | undefined {
  try {
    return fromBase64url(text);
  } catch {
    return undefined;
  }
}
