/**
 * One organisation open on this device: its Organisation document and the Chapter documents of
 * its tree, read through the chokepoint and the membership fold (`readOrganisation`, run by the
 * `OrganisationReader`: in the verification worker, snapshots in and results out) whenever
 * any of them changes, with every signature-valid record kept in the device's append-only
 * store and anything a vandal removed written back (PROTOCOL.md D8, D9). Screens observe
 * `view`; actions write records with `addRecords`.
 *
 * Which Chapter documents it opens: those of the chapters under the organisation's root (the
 * root from the member's Home entry, or the root the chapter a join link names claims to be
 * under, `claimedRoot`), as the fold accepts their geneses. Each is announced (`announce`)
 * before it is asked for, so a relay serving the organisation is asked too.
 */
import type { AutomergeUrl, DocHandle, Repo } from "@automerge/automerge-repo";
import {
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  addRecord,
  readProfiles,
  snapshotDocument,
  subtreeOf,
  type ChapterId,
  type DocumentType,
  type DocumentUrl,
  type MemberKey,
  type MembershipFold,
  type ProfilesRead,
  type RecordId,
  type RecordStore,
  type Roster,
  type StoredRecord,
} from "@chapterhouse/crdt";
import { RecordKeeper } from "../../shared/documents/record-keeper.js";
import { ObservableValue, type Observable } from "../../shared/data/observable-value.js";
import { migrateHandle } from "../../shared/documents/migrate-handle.js";
import { claimedRoot } from "./claimed-root.js";
import type { OrganisationReads } from "./organisation-reads.js";
import type { LocatedSnapshot } from "./read-organisation.js";

/** Where one document of the organisation stands on this device. */
export type DocumentState = "loading" | "ready" | "unavailable";

/** What the organisation screens show. Replaced whole on every change. */
export interface OrganisationView {
  readonly url: DocumentUrl;
  /** The Organisation document's state. */
  readonly state: DocumentState;
  /** The organisation's root chapter, once known. */
  readonly root: ChapterId | undefined;
  /** The fold's roster (empty until the first read). */
  readonly roster: Roster;
  /** The latest fold, undefined until the first read. */
  readonly fold: MembershipFold | undefined;
  /** Chapter documents of the tree this device does not hold yet. */
  readonly waiting: number;
  /** Values refused by the chokepoint or the fold, across documents. */
  readonly refused: number;
  /** How each member with a profile is shown (PF7): the name, with fingerprint words when two share it. */
  readonly names: ReadonlyMap<MemberKey, string>;
  /** The members' profiles, read from the Chapter documents held (PF5). */
  readonly profiles: ProfilesRead;
  /** The ids of the profiles each held Chapter document counts (PF3.2), by chapter. */
  readonly profileCopies: ReadonlyMap<ChapterId, ReadonlySet<RecordId>>;
  /** Increases with every read. */
  readonly revision: number;
}

/** What a session needs from the device. */
export interface OrganisationSessionDeps {
  readonly repo: Repo;
  /** Runs `readOrganisation` (signatures and the fold), in the verification worker where there is one. */
  readonly reader: OrganisationReads;
  readonly store: RecordStore;
  /** Called with every document URL the session holds or asks for, before it asks. */
  readonly announce: (documents: readonly DocumentUrl[]) => void;
  readonly onError: (error: unknown) => void;
  /** How long to gather changes before reading again (default 25 ms). */
  readonly debounceMs?: number;
}

interface OpenDocument {
  readonly url: DocumentUrl;
  readonly type: DocumentType;
  handle: DocHandle<unknown> | undefined;
  state: DocumentState;
  /** What the store holds for this document: what write-back restores. */
  readonly records: RecordKeeper;
  readonly off: (() => void)[];
}

const EMPTY_ROSTER: Roster = { chapters: new Map<ChapterId, never>() };
const NO_PROFILES: ProfilesRead = { members: new Map(), labels: new Map(), invalid: [] };

/** An open organisation. The caller owns it and calls `close`. */
export class OrganisationSession {
  readonly url: DocumentUrl;
  readonly #deps: OrganisationSessionDeps;
  readonly #documents = new Map<DocumentUrl, OpenDocument>();
  readonly #view: ObservableValue<OrganisationView>;
  #root: ChapterId | undefined;
  #focus: ChapterId | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #reading: Promise<void> | undefined;
  #dirty = false;
  #closed = false;

  constructor(url: DocumentUrl, deps: OrganisationSessionDeps, options: { root?: ChapterId; focus?: ChapterId } = {}) {
    this.url = url;
    this.#deps = deps;
    this.#root = options.root;
    this.#focus = options.focus;
    this.#view = new ObservableValue<OrganisationView>({
      url,
      state: "loading",
      root: options.root,
      roster: EMPTY_ROSTER,
      fold: undefined,
      waiting: 0,
      refused: 0,
      names: NO_PROFILES.labels,
      profiles: NO_PROFILES,
      profileCopies: new Map<ChapterId, ReadonlySet<RecordId>>(),
      revision: 0,
    });
    this.#open(url, ORGANISATION_DOCUMENT);
  }

  /** The organisation as the chokepoint and the fold see it, observable. */
  get view(): Observable<OrganisationView> {
    return this.#view;
  }

  /** Every document URL the session holds or asks for, sorted. */
  documents(): DocumentUrl[] {
    return [...this.#documents.keys()].sort();
  }

  /** Learns the organisation's root chapter (from the member's Home entry) if none is known yet. */
  knowRoot(root: ChapterId): void {
    if (this.#root !== undefined) return;
    this.#root = root;
    this.#schedule();
  }

  /** Names a chapter of interest (a join link's); its tree's root becomes the root if none is known. */
  focus(chapter: ChapterId): void {
    this.#focus = chapter;
    this.#schedule();
  }

  /**
   * Writes signed records into a record map of one of the session's documents, keeps them in
   * the store, and reads again. Resolves once the new view is published.
   * @throws {Error} if the document is not open and ready here.
   * @throws {RangeError} if a record's id is not the hash of its text (a caller bug).
   */
  async addRecords(document: DocumentUrl, map: string, records: readonly StoredRecord[]): Promise<OrganisationView> {
    if (this.#documents.get(document)?.state === "loading") {
      await this.until(() => this.#documents.get(document)?.state !== "loading", `the document ${document} did not open`, 15_000);
    }
    const open = this.#documents.get(document);
    if (open?.handle === undefined || open.state !== "ready") throw new Error(`the document ${document} is not open on this device`);
    open.handle.change((doc) => {
      const proxy = doc as Record<string, unknown>;
      if (typeof proxy[map] !== "object" || proxy[map] === null) proxy[map] = {};
      for (const record of records) addRecord(proxy[map] as Parameters<typeof addRecord>[0], record);
    });
    await open.records.keep(map, records);
    return this.refresh();
  }

  /**
   * Registers a document this device has just created (a new chapter's), so records can be
   * written into it before the fold has accepted the genesis that names it.
   */
  adopt(handle: DocHandle<unknown>, type: DocumentType): void {
    const url = handle.url as unknown as DocumentUrl;
    if (this.#documents.has(url)) return;
    const open = this.#newDocument(url, type);
    this.#deps.announce(this.documents());
    this.#attach(open, handle);
  }

  /** Reads all documents now (after any pending changes); resolves with the new view. */
  async refresh(): Promise<OrganisationView> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#dirty = true;
    while (this.#reading !== undefined) await this.#reading;
    if (this.#dirty && !this.#closed) {
      this.#reading = this.#read().finally(() => (this.#reading = undefined));
      await this.#reading;
    }
    return this.#view.get();
  }

  /**
   * Resolves with the first view satisfying `predicate` (now or after a change); rejects with
   * an Error saying `what` after `timeoutMs`.
   */
  until(predicate: (view: OrganisationView) => boolean, what: string, timeoutMs: number): Promise<OrganisationView> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const view = this.#view.get();
        if (!predicate(view)) return false;
        done();
        resolve(view);
        return true;
      };
      const unsubscribe = this.#view.subscribe(() => void check());
      const timer = setTimeout(() => {
        done();
        reject(new Error(what));
      }, timeoutMs);
      function done(): void {
        clearTimeout(timer);
        unsubscribe();
      }
      check();
    });
  }

  /** Stops following the documents. */
  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    for (const open of this.#documents.values()) for (const off of open.off) off();
  }

  #newDocument(url: DocumentUrl, type: DocumentType): OpenDocument {
    const records = new RecordKeeper(this.#deps.store, url, type, this.#deps.onError);
    const open: OpenDocument = { url, type, handle: undefined, state: "loading", records, off: [] };
    this.#documents.set(url, open);
    return open;
  }

  #open(url: DocumentUrl, type: DocumentType): void {
    if (this.#documents.has(url)) return;
    const open = this.#newDocument(url, type);
    this.#deps.announce(this.documents());
    this.#deps.repo.find<unknown>(url as unknown as AutomergeUrl, { allowableStates: ["ready", "unavailable"] }).then(
      (handle) => this.#attach(open, handle),
      (error: unknown) => {
        open.state = "unavailable";
        this.#deps.onError(error);
        this.#schedule();
      },
    );
  }

  #attach(open: OpenDocument, handle: DocHandle<unknown>): void {
    if (this.#closed) return;
    open.handle = handle;
    const update = (): void => {
      if (handle.isReady() && open.state !== "ready") {
        open.state = "ready";
        try {
          migrateHandle(open.type, handle);
        } catch (error) {
          this.#deps.onError(error);
        }
      }
      this.#schedule();
    };
    handle.on("heads-changed", update);
    open.off.push(() => handle.off("heads-changed", update));
    open.state = handle.isReady() ? "loading" : "unavailable";
    void open.records.loaded.then(update);
    // "heads-changed" can fire just before the handle turns ready (a document arriving in one
    // update from a relay or an imported file): check again once it is ready.
    if (!handle.isReady()) handle.whenReady().then(update, () => undefined);
  }

  #schedule(): void {
    if (this.#closed) return;
    this.#dirty = true;
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.refresh().catch((error: unknown) => this.#deps.onError(error));
    }, this.#deps.debounceMs ?? 25);
  }

  async #read(): Promise<void> {
    this.#dirty = false;
    const organisation = this.#documents.get(this.url);
    const ready = [...this.#documents.values()].filter((d) => d.state === "ready" && d.handle !== undefined);
    const snapshot = (d: OpenDocument): LocatedSnapshot => ({ url: d.url, snapshot: snapshotDocument(d.type, d.handle!.doc()) });
    const previous = this.#view.get();
    if (organisation === undefined || organisation.state !== "ready") {
      this.#view.set({ ...previous, state: organisation?.state ?? "loading", revision: previous.revision + 1 });
      return;
    }
    const chapters = ready.filter((d) => d.type === CHAPTER_DOCUMENT).map(snapshot);
    const result = await this.#deps.reader.read({ organisation: snapshot(organisation), chapters });
    if (this.#closed) return;

    for (const open of ready) {
      const read = result.documents.get(open.url);
      if (read === undefined) continue;
      await open.records.remember(read);
      open.records.writeBack(open.handle!);
    }

    const roster = result.fold.roster;
    const geneses = result.documents.get(this.url)?.verified["chapters"] ?? [];
    const root = this.#root ?? (this.#focus === undefined ? undefined : claimedRoot(geneses, this.#focus));
    if (root !== undefined && roster.chapters.has(root)) this.#root = root;
    let waiting = 0;
    if (this.#root !== undefined) {
      for (const id of subtreeOf(roster, this.#root)) {
        const document = roster.chapters.get(id)!.document;
        this.#open(document, CHAPTER_DOCUMENT);
        if (this.#documents.get(document)?.state !== "ready") waiting++;
      }
    }
    let refused = result.fold.rejections.length;
    for (const read of result.documents.values()) refused += read.rejections.filter((r) => r.reason !== "unauthorised").length;
    const profileCopies = new Map<ChapterId, ReadonlySet<RecordId>>();
    for (const chapter of roster.chapters.values()) {
      const held = result.documents.get(chapter.document)?.maps["profiles"] ?? [];
      profileCopies.set(chapter.id, new Set(held.map((record) => record.id)));
    }
    const profiles = readProfiles([...result.documents.values()].flatMap((read) => read.verified["profiles"] ?? []), roster);
    this.#view.set({
      url: this.url,
      state: "ready",
      root: this.#root,
      roster,
      fold: result.fold,
      waiting,
      refused,
      names: profiles.labels,
      profiles,
      profileCopies,
      revision: previous.revision + 1,
    });
  }
}
