/**
 * THE document layer (docs/ARCHITECTURE.md "Renderer"): the one way every feature reaches
 * documents. One per device (the app's composition root makes it), it
 * - follows documents (find, migration, ready or unavailable), each as long as a query or a
 *   creator holds it, announcing each to the relays of its scope before asking for it (DESIGN §7:
 *   a relay hears only of its organisation's documents; the member's Home document, of every
 *   relay);
 * - copies each followed document into the verification worker once per change, as Automerge
 *   bytes (saved uncompressed, then `A.saveSince` what the worker holds): the page never snapshots a
 *   document, and a read names documents by URL;
 * - hands out live queries (`query`), shared by key;
 * - writes signed records (`write`): into the document, then the device's append-only store (D8);
 * - after each read, has the worker keep every signature-valid record of the documents read (D8)
 *   and writes back, in one change, whatever a document lost of what the store holds (D9) — for
 *   every document type, ballot boxes included.
 */
import * as A from "@automerge/automerge";
import type { DocHandle, DocumentId, Repo } from "@automerge/automerge-repo";
import { writeBackInto, type StoredRecord } from "@chapterhouse/crdt/chokepoint";
import { addRecord, type DocumentType } from "@chapterhouse/crdt/documents";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { transfer } from "comlink";
import type { RelayUrl } from "../data/relay-url.js";
import type { MirrorHeads } from "../worker/document-mirrors.js";
import type { documentHandlers } from "../worker/document-handlers.js";
import type { Bound } from "../worker/handler.js";
import type { WorkerClient } from "../worker/worker-client.js";
import type { DocumentAnnouncements } from "./document-announcements.js";
import { documentIdOf, documentUrlOf } from "./document-ids.js";
import { FollowedDocument, type DocumentRequest, type DocumentState } from "./followed-document.js";
import { LiveQuery, type QuerySpec } from "./live-query.js";
import { nextTask, SLICE_MS } from "./time-slices.js";

/** The scope of documents announced to every relay (the member's Home document). */
export const EVERYWHERE = "everywhere";

/** What the layer needs from the device. */
export interface DocumentLayerDeps {
  readonly repo: Repo;
  readonly announcements: DocumentAnnouncements;
  /** The verification worker (its document handlers). */
  readonly worker: WorkerClient<Bound<typeof documentHandlers>>;
  readonly onError: (error: unknown) => void;
  /** How long to gather changes before reading again (default 25 ms). */
  readonly debounceMs?: number;
  /** How long a query nobody subscribes to lives on (default 2 s). */
  readonly lingerMs?: number;
}

interface Entry {
  readonly document: FollowedDocument;
  holders: number;
  /** The heads the worker's copy has (raw Automerge heads), undefined when it holds none. */
  mirrored: readonly string[] | undefined;
  /** The heads last kept (D8, D9). */
  kept: string;
}

interface Scope {
  relays: readonly RelayUrl[];
  readonly documents: Set<DocumentId>;
  /** Documents created here, held for as long as the scope is open. */
  readonly created: (() => void)[];
}

/** The device's document layer. The caller owns it and calls `close`. */
export class DocumentLayer {
  readonly #deps: DocumentLayerDeps;
  readonly #entries = new Map<DocumentUrl, Entry>();
  /**
   * What the worker's copy of a document the page let go still holds (the worker keeps its copies):
   * followed again — a screen visited again — it is sent as its new changes only, and kept (D8)
   * again only if it changed, instead of saved whole (compressed on this thread) and kept again.
   */
  readonly #copies = new Map<DocumentUrl, Pick<Entry, "mirrored" | "kept">>();
  readonly #scopes = new Map<string, Scope>();
  /** Scopes with documents followed this turn and not announced yet (`#announceSoon`). */
  readonly #unannounced = new Set<string>();
  readonly #queries = new Map<string, LiveQuery<unknown>>();
  /** Copies to the worker, one batch after another. */
  #mirroring: Promise<void> = Promise.resolve();
  /** Documents in the batch on its way to the worker. */
  readonly #sending = new Set<DocumentUrl>();
  /** Documents read since their last keeping, kept one batch after another (off the reads' path). */
  readonly #toKeep = new Set<DocumentUrl>();
  #keeping: Promise<void> | undefined;
  readonly #offLost: () => void;
  /** Finds waiting for their turn (`#findSoon`). */
  readonly #finds: (() => void)[] = [];
  #closed = false;

  constructor(deps: DocumentLayerDeps) {
    this.#deps = deps;
    // The page took over from a failed worker: its copies are gone, send them whole again.
    this.#offLost = deps.worker.onLost(() => {
      for (const entry of this.#entries.values()) entry.mirrored = undefined;
      this.#copies.clear();
      for (const query of this.#queries.values()) query.invalidate();
    });
  }

  /**
   * The live query of `spec.key`, made from `spec` if no screen holds one. It reads while anyone
   * subscribes (or `retain`s it) and a moment after.
   */
  query<T>(spec: QuerySpec<T>): LiveQuery<T> {
    let query = this.#queries.get(spec.key) as LiveQuery<T> | undefined;
    if (query === undefined) {
      query = new LiveQuery(spec, {
        follow: (request, onChange) => this.#follow(request, onChange),
        state: (url) => this.state(url),
        mirror: (urls) => this.#mirror(urls),
        afterRead: (urls) => this.#keepLater(urls),
        isWorkerLost: (error) => error instanceof Error && (error.name === "WorkerLost" || error.name === "MirrorMissing"),
        disposed: (key) => this.#queries.delete(key),
        onError: this.#deps.onError,
        debounceMs: this.#deps.debounceMs ?? 25,
        lingerMs: this.#deps.lingerMs ?? 2000,
      });
      this.#queries.set(spec.key, query);
    }
    return query;
  }

  /** Where a document stands here: "loading" when it is not followed. */
  state(url: DocumentUrl): DocumentState {
    return this.#entries.get(url)?.document.state ?? "loading";
  }

  /** The ready handle of a followed document (the draft editor works on it), else undefined. */
  handle(url: DocumentUrl): DocHandle<unknown> | undefined {
    return this.#entries.get(url)?.document.handle;
  }

  /**
   * Creates a document from `bytes` (a type's `A.save`d layout) in the Repo with a fresh id,
   * follows it for as long as `scope` is open and announces it there; returns its URL. `scope`:
   * the organisation it belongs to (its Organisation document's URL); omitted for an Organisation
   * document, which is its own.
   */
  create(type: DocumentType, bytes: Uint8Array, scope?: string): DocumentUrl {
    const handle = this.#deps.repo.import<unknown>(bytes);
    const url = documentUrlOf(handle.url);
    const owner = scope ?? url;
    this.#scope(owner).created.push(this.#follow({ url, type, scope: owner, find: () => Promise.resolve(handle) }, () => undefined, true));
    // Announced at once: the caller may share it right away.
    this.#announce(owner);
    return url;
  }

  /**
   * Writes signed records into a record map of a followed document, then has them kept in the
   * device's store (D8). Queries following the document read again.
   * @throws {Error} if the document is not followed here, or not held on this device.
   * @throws whatever the store throws (a text that does not hash to its id, D8.4).
   */
  async write(url: DocumentUrl, map: string, records: readonly StoredRecord[]): Promise<void> {
    const entry = this.#entries.get(url);
    if (entry === undefined) throw new Error(`the document ${url} is not open on this device`);
    await entry.document.settled;
    const handle = entry.document.handle;
    if (handle === undefined) throw new Error(`the document ${url} is not on this device`);
    handle.change((doc) => {
      const proxy = doc as Record<string, unknown>;
      if (typeof proxy[map] !== "object" || proxy[map] === null) proxy[map] = {};
      for (const record of records) addRecord(proxy[map] as Parameters<typeof addRecord>[0], record);
    });
    await this.#deps.worker.handlers.keepRecords({ url, type: entry.document.type.name, map, records: records.map(({ id, text }) => ({ id, text })) });
  }

  /** The relays that serve `scope` (an organisation): its documents are announced to them from now on. */
  setRelays(scope: string, relays: readonly RelayUrl[]): void {
    this.#scope(scope).relays = [...relays];
    this.#announce(scope);
  }

  /** Stops announcing `scope`'s documents and lets go of those created in it (the member locked). */
  closeScope(scope: string): void {
    const held = this.#scopes.get(scope);
    if (held === undefined) return;
    for (const release of held.created.splice(0)) release();
    held.documents.clear();
    this.#announce(scope);
    this.#scopes.delete(scope);
  }

  /** Stops following everything. */
  close(): void {
    this.#closed = true;
    this.#offLost();
    for (const entry of this.#entries.values()) entry.document.close();
    this.#entries.clear();
  }

  #scope(name: string): Scope {
    let scope = this.#scopes.get(name);
    if (scope === undefined) this.#scopes.set(name, (scope = { relays: [], documents: new Set(), created: [] }));
    return scope;
  }

  /**
   * Announces `name`'s documents once the follows of this turn are done: a relay serving its
   * organisation is still told before the repo asks peers for a new document (it reads its storage
   * first), and a read following thousands of documents (a fresh device's conversations) makes one
   * announcement, not one per document — each re-evaluates the sharing of every open document.
   */
  #announceSoon(name: string): void {
    if (this.#unannounced.size === 0)
      queueMicrotask(() => {
        const names = [...this.#unannounced];
        this.#unannounced.clear();
        for (const one of names) this.#announce(one);
      });
    this.#unannounced.add(name);
  }

  /** One policy (DESIGN §7): a scope's documents to its relays; the EVERYWHERE scope's to every relay. */
  #announce(name: string): void {
    const scope = this.#scopes.get(name);
    const ids = [...(scope?.documents ?? [])];
    if (name === EVERYWHERE) this.#deps.announcements.setEverywhere(`documents ${name}`, ids);
    else this.#deps.announcements.setGroup(`documents ${name}`, new Map((scope?.relays ?? []).map((relay) => [relay, ids])));
  }

  /** Follows `request`'s document; `now`: its handle is at hand (one created here), found at once, not in its turn. */
  #follow(request: DocumentRequest, onChange: () => void, now = false): () => void {
    const scope = this.#scope(request.scope);
    const id = documentIdOf(request.url);
    if (!scope.documents.has(id)) {
      scope.documents.add(id);
      this.#announceSoon(request.scope);
    }
    let entry = this.#entries.get(request.url);
    if (entry === undefined) {
      const copy = this.#copies.get(request.url);
      const schedule = now ? (find: () => Promise<DocHandle<unknown>>) => find() : (find: () => Promise<DocHandle<unknown>>) => this.#findSoon(find);
      entry = { document: new FollowedDocument(request, this.#deps.repo, this.#deps.onError, schedule), holders: 0, mirrored: copy?.mirrored, kept: copy?.kept ?? "" };
      this.#entries.set(request.url, entry);
      this.#copies.delete(request.url);
    }
    entry.holders++;
    const off = entry.document.onChange(onChange);
    const held = entry;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      off();
      if (--held.holders > 0) return;
      held.document.close();
      if (this.#entries.get(request.url) !== held) return;
      this.#entries.delete(request.url);
      if (held.mirrored !== undefined) this.#copies.set(request.url, { mirrored: held.mirrored, kept: held.kept });
    };
  }

  /**
   * Runs `find` in a later task, the finds of documents followed at once a slice at a time: each
   * makes the Repo's handle (and maybe a genesis) at once, and a read following 2,000 documents
   * made one task of seconds. Their announcement, made when the follows are done, comes first.
   */
  #findSoon(find: () => Promise<DocHandle<unknown>>): Promise<DocHandle<unknown>> {
    return new Promise((resolve, reject) => {
      // The executor runs `find` now, in its slice, and makes a throw a rejection.
      this.#finds.push(() => void new Promise<DocHandle<unknown>>((run) => run(find())).then(resolve, reject));
      if (this.#finds.length === 1) void nextTask().then(() => this.#runFinds());
    });
  }

  #runFinds(): void {
    const started = performance.now();
    while (this.#finds.length > 0 && performance.now() - started <= SLICE_MS) this.#finds.shift()!();
    if (this.#finds.length > 0) void nextTask().then(() => this.#runFinds());
  }

  /**
   * Brings the worker's copies of `urls` to their current heads: one message with every document's
   * new changes, after the copies asked for before. Documents whose copies are at their heads
   * already, none being sent, need nothing: their read does not wait for other documents' copies
   * (after a reload, the chapter page's list waited for seventy Chapter documents of another
   * organisation to cross, issue 10).
   */
  #mirror(urls: readonly DocumentUrl[]): Promise<void> {
    if (urls.every((url) => this.#copied(url))) return Promise.resolve();
    const run = this.#mirroring.then(() => this.#mirrorNow(urls));
    this.#mirroring = run.catch(() => undefined);
    return run;
  }

  /** Whether the worker's copy of `url` is at its heads and none of its changes is on the way (or it is not held here: nothing to send). */
  #copied(url: DocumentUrl): boolean {
    const entry = this.#entries.get(url);
    const handle = entry?.document.handle;
    if (entry === undefined || handle === undefined) return true;
    return !this.#sending.has(url) && entry.mirrored !== undefined && A.getHeads(handle.doc()).join(",") === entry.mirrored.join(",");
  }

  async #mirrorNow(urls: readonly DocumentUrl[]): Promise<void> {
    const updates: { url: DocumentUrl; type: string; bytes: Uint8Array }[] = [];
    const sent = new Map<DocumentUrl, string>();
    let slice = performance.now();
    for (const url of new Set(urls)) {
      // Saving thousands of documents (a fresh device's conversations, all loaded at once after a
      // reload) is cut into tasks.
      if (performance.now() - slice > SLICE_MS) {
        await nextTask();
        slice = performance.now();
      }
      const entry = this.#entries.get(url);
      const handle = entry?.document.handle;
      if (entry === undefined || handle === undefined) continue;
      const doc = handle.doc();
      const heads = A.getHeads(doc);
      if (entry.mirrored !== undefined && heads.join(",") === entry.mirrored.join(",")) continue;
      // A first copy is saved uncompressed: it only crosses to the worker (transferred, not
      // copied) and is loaded there at once; deflating it was most of the page's saving (for a
      // 10,000-ballot vote's boxes, about 60 %), and loading it is quicker too.
      const bytes = entry.mirrored === undefined ? A.getBackend(doc).saveNoCompress() : A.saveSince(doc, [...entry.mirrored]);
      updates.push({ url, type: entry.document.type.name, bytes });
      sent.set(url, heads.join(","));
    }
    if (updates.length === 0) return;
    const buffers = updates.flatMap(({ bytes }) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []));
    for (const { url } of updates) this.#sending.add(url);
    let answers: MirrorHeads[];
    try {
      answers = await this.#deps.worker.handlers.syncDocuments(transfer(updates, buffers));
    } finally {
      for (const { url } of updates) this.#sending.delete(url);
    }
    for (const { url, heads } of answers) {
      const entry = this.#entries.get(url);
      // Heads other than those sent: the copy lacks history; it gets the whole document next time.
      if (entry !== undefined) entry.mirrored = heads.join(",") === sent.get(url) ? heads : undefined;
    }
  }

  #keepLater(urls: readonly DocumentUrl[]): void {
    for (const url of urls) {
      const entry = this.#entries.get(url);
      if (entry?.mirrored !== undefined && entry.kept !== entry.mirrored.join(",")) this.#toKeep.add(url);
    }
    if (this.#keeping !== undefined || this.#toKeep.size === 0 || this.#closed) return;
    this.#keeping = this.#keep()
      .catch(this.#deps.onError)
      .finally(() => {
        this.#keeping = undefined;
        if (this.#toKeep.size > 0) this.#keepLater([]);
      });
  }

  /** D8, D9: the worker keeps what the documents hold; whatever they lost is written back here, one change each. */
  async #keep(): Promise<void> {
    const urls = [...this.#toKeep];
    this.#toKeep.clear();
    for (const url of urls) {
      const entry = this.#entries.get(url);
      if (entry?.mirrored !== undefined) entry.kept = entry.mirrored.join(",");
    }
    const lost = await this.#deps.worker.handlers.keepDocuments(urls);
    for (const { url, records } of lost) {
      const entry = this.#entries.get(url);
      const handle = entry?.document.handle;
      if (entry === undefined || handle === undefined) continue;
      handle.change((doc) => void writeBackInto(entry.document.type, doc, records), { message: `write back ${entry.document.type.name} records`, time: undefined });
    }
  }
}
