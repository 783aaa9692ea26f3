/**
 * A chapter's proposals open on this device: its proposal index (from the Chapter document, which
 * the organisation session holds) and, for the proposal page, one Proposal document. Everything
 * is read through `readProposals` (in the verification worker) whenever the organisation or the
 * Proposal document changes; every signature-valid record of the Proposal document is kept in the
 * device's store and what a vandal removed is written back (PROTOCOL.md D8, D9). Screens observe
 * `view`; actions write records with `addRecords`. The draft text is read from `handle` directly.
 *
 * When the proposal page finds a stage further than the chapter's index notes, and the member
 * belongs to the chapter, it notes it there (a signed `proposal-stage` hint, see stage-hint.ts),
 * so the chapter page can show it without opening the proposal.
 */
import type { DocHandle, Repo } from "@automerge/automerge-repo";
import {
  BALLOT_BOX_DOCUMENT,
  PROPOSAL_DOCUMENT,
  addRecord,
  type ChapterId,
  type DocumentSnapshot,
  type DocumentUrl,
  type ProposalDoc,
  type ProposalId,
  type RecordStore,
  type StoredRecord,
} from "@chapterhouse/crdt";
import type { DocumentAnnouncements } from "../../shared/documents/document-announcements.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { migrateHandle } from "../../shared/documents/migrate-handle.js";
import { RecordKeeper } from "../../shared/documents/record-keeper.js";
import { ObservableValue, type Observable } from "../../shared/data/observable-value.js";
import { SnapshotCache } from "../../shared/documents/snapshot-cache.js";
import { memberGrant } from "../organisation/index.js";
import type { MemberSpace } from "../organisation/index.js";
import type { OrganisationSession } from "../organisation/index.js";
import type { ProposalReads } from "./proposal-reads.js";
import { organisationSnapshots, snapshotsOf } from "./organisation-snapshots.js";
import type { ProposalSnapshots } from "./proposal-snapshots.js";
import type { ProposalIndexEntry, ProposalJudged } from "./proposals-read.js";
import type { ProposalsReadResult } from "./read-proposals.js";
import { PROPOSAL_STAGE, stageHintBody, stageRank } from "./stage-hint.js";

/** Where the Proposal document stands on this device. */
export type ProposalDocumentState = "none" | "loading" | "ready" | "unavailable";

/** What the proposal screens show. Replaced whole on every read. */
export interface ProposalSessionView {
  /** Increases with every read; 0 before the first. */
  readonly revision: number;
  /** The chapter's proposals, newest first. */
  readonly index: readonly ProposalIndexEntry[];
  /** The proposal (null for an index-only session, or before its document is read). */
  readonly proposal: ProposalJudged | null;
  readonly document: ProposalDocumentState;
}

/** What a proposal session needs from the device. */
export interface ProposalSessionDeps {
  readonly repo: Repo;
  readonly reader: ProposalReads;
  readonly store: RecordStore;
  readonly announcements: DocumentAnnouncements;
  readonly space: MemberSpace;
  readonly organisation: OrganisationSession;
  readonly onError: (error: unknown) => void;
  /** How long to gather changes before reading again (default 40 ms). */
  readonly debounceMs?: number;
  /** The page's snapshot cache (AppData); a session of its own when absent. */
  readonly snapshots?: SnapshotCache;
}

/**
 * Announces a Proposal (or ballot box) document to the relays serving its organisation
 * (DESIGN §7: a relay hears only of its organisation's documents). Never throws.
 */
export function announceDocument(
  announcements: DocumentAnnouncements,
  space: MemberSpace,
  organisation: DocumentUrl,
  document: DocumentUrl,
): void {
  for (const relay of space.relaysOf(organisation))
    announcements.addDocuments(relay, [documentIdOf(document)]);
}

/** The chapter's proposals, and maybe one proposal. The caller owns it and calls `close`. */
export class ProposalSession {
  readonly chapter: ChapterId;
  readonly proposalId: ProposalId | null;
  readonly #deps: ProposalSessionDeps;
  readonly #snapshots: SnapshotCache;
  readonly #view: ObservableValue<ProposalSessionView>;
  readonly #handle = new ObservableValue<DocHandle<ProposalDoc> | undefined>(undefined);
  readonly #boxes = new Set<DocumentUrl>();
  readonly #noted = new Set<string>();
  readonly #texts = new WeakMap<DocumentSnapshot, string>();
  readonly #off: (() => void)[] = [];
  #url: DocumentUrl | undefined;
  /** What the store holds for the Proposal document: what write-back restores. */
  #records: RecordKeeper | undefined;
  #lastInput = "";
  #timer: ReturnType<typeof setTimeout> | undefined;
  #reading: Promise<void> | undefined;
  #dirty = false;
  #closed = false;

  /**
   * `proposal` null: the chapter's index only. `document`: the proposal's document when already
   * known (just created); otherwise it is found in the chapter's index.
   */
  constructor(
    deps: ProposalSessionDeps,
    chapter: ChapterId,
    proposal: ProposalId | null,
    document?: DocumentUrl,
  ) {
    this.#deps = deps;
    this.#snapshots = deps.snapshots ?? new SnapshotCache();
    this.chapter = chapter;
    this.proposalId = proposal;
    this.#view = new ObservableValue<ProposalSessionView>({
      revision: 0,
      index: [],
      proposal: null,
      document: proposal === null ? "none" : "loading",
    });
    this.#off.push(deps.organisation.view.subscribe(() => this.#schedule()));
    if (proposal !== null && document !== undefined) this.#open(document);
    this.#schedule();
  }

  /** What the screens show, observable. */
  get view(): Observable<ProposalSessionView> {
    return this.#view;
  }

  /** The Proposal document's handle once found (the draft editor works on it), observable. */
  get handle(): Observable<DocHandle<ProposalDoc> | undefined> {
    return this.#handle;
  }

  /** The open organisation. */
  get organisation(): OrganisationSession {
    return this.#deps.organisation;
  }

  /**
   * Writes signed records into a record map of the Proposal document, keeps them in the store,
   * and reads again. Resolves once the new view is published.
   * @throws {Error} if the Proposal document is not ready here.
   */
  async addRecords(map: string, records: readonly StoredRecord[]): Promise<ProposalSessionView> {
    const handle = this.#handle.get();
    if (handle === undefined || !handle.isReady() || this.#records === undefined)
      throw new Error("The proposal's document is not open on this device yet.");
    handle.change((doc) => {
      const proxy = doc as unknown as Record<string, unknown>;
      if (typeof proxy[map] !== "object" || proxy[map] === null) proxy[map] = {};
      for (const record of records) addRecord(proxy[map] as Parameters<typeof addRecord>[0], record);
    });
    await this.#records.keep(map, records);
    return this.refresh();
  }

  /** Reads now (after any pending changes); resolves with the new view. */
  async refresh(): Promise<ProposalSessionView> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#dirty = true;
    this.#lastInput = "";
    while (this.#reading !== undefined) await this.#reading;
    if (this.#dirty && !this.#closed) {
      this.#reading = this.#read().finally(() => (this.#reading = undefined));
      await this.#reading;
    }
    return this.#view.get();
  }

  /** Resolves with the first view satisfying `predicate`; rejects with an Error saying `what` after `timeoutMs`. */
  until(
    predicate: (view: ProposalSessionView) => boolean,
    what: string,
    timeoutMs: number,
  ): Promise<ProposalSessionView> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const view = this.#view.get();
        if (!predicate(view)) return;
        done();
        resolve(view);
      };
      const unsubscribe = this.#view.subscribe(check);
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

  /** Stops following the documents (they stay announced, so unsent changes still reach the relays). */
  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    for (const off of this.#off.splice(0)) off();
  }

  #schedule(): void {
    if (this.#closed) return;
    this.#dirty = true;
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#reading !== undefined) return this.#schedule();
      this.#reading = this.#read()
        .catch((error: unknown) => this.#deps.onError(error))
        .finally(() => (this.#reading = undefined));
    }, this.#deps.debounceMs ?? 40);
  }

  #open(url: DocumentUrl): void {
    if (this.#url !== undefined || this.#closed) return;
    this.#url = url;
    const { repo, space, announcements, organisation } = this.#deps;
    announceDocument(announcements, space, organisation.url, url);
    this.#records = new RecordKeeper(this.#deps.store, url, PROPOSAL_DOCUMENT, this.#deps.onError);
    void this.#records.loaded.then(() => this.#schedule());
    repo.find<ProposalDoc>(url as never, { allowableStates: ["ready", "unavailable"] }).then(
      (handle) => {
        if (this.#closed) return;
        const update = (): void => {
          if (handle.isReady() && this.#handle.get() === undefined) {
            try {
              migrateHandle(PROPOSAL_DOCUMENT, handle);
            } catch (error) {
              this.#deps.onError(error);
            }
            this.#handle.set(handle);
          }
          this.#schedule();
        };
        handle.on("heads-changed", update);
        this.#off.push(() => handle.off("heads-changed", update));
        update();
      },
      (error: unknown) => this.#deps.onError(error),
    );
  }

  #openBoxes(urls: readonly DocumentUrl[]): void {
    const { repo, space, announcements, organisation } = this.#deps;
    for (const url of urls) {
      if (this.#boxes.has(url)) continue;
      this.#boxes.add(url);
      announceDocument(announcements, space, organisation.url, url);
      repo.find<unknown>(url as never, { allowableStates: ["ready", "unavailable"] }).then((handle) => {
        if (this.#closed) return;
        const update = (): void => this.#schedule();
        handle.on("heads-changed", update);
        this.#off.push(() => handle.off("heads-changed", update));
        update();
      }, this.#deps.onError);
    }
  }

  async #read(): Promise<void> {
    this.#dirty = false;
    const { repo, reader, organisation } = this.#deps;
    const organisationView = organisation.view.get();
    const snapshots = await organisationSnapshots(repo, organisationView, this.#snapshots);
    if (snapshots === undefined || this.#closed) return;
    const handle = this.#handle.get();
    const url = this.#url;
    const boxes = await snapshotsOf(
      repo,
      this.#snapshots,
      [...this.#boxes].sort().map((box) => ({ url: box, type: BALLOT_BOX_DOCUMENT })),
    );
    if (this.#closed) return;
    const input: ProposalSnapshots = {
      organisation: snapshots,
      chapter: this.chapter,
      proposal:
        this.proposalId === null || handle === undefined || url === undefined
          ? null
          : {
              id: this.proposalId,
              document: { url, snapshot: this.#snapshots.snapshot(url, PROPOSAL_DOCUMENT, handle) },
              boxes,
            },
    };
    // Draft edits change the document's heads but not its records: nothing to read again.
    const proposalKey =
      input.proposal === null
        ? "null"
        : [input.proposal.document, ...input.proposal.boxes].map((d) => `${d.url} ${this.#textOf(d.snapshot)}`).join(" ");
    const key = `${organisationView.revision} ${this.proposalId} ${proposalKey} ${input.organisation.chapters.length}`;
    if (key === this.#lastInput) return;
    this.#lastInput = key;
    const result = await reader.readProposals(input);
    if (this.#closed) return;
    if (result.document !== null && handle !== undefined && this.#records !== undefined) {
      await this.#records.remember(result.document);
      this.#records.writeBack(handle);
    }
    this.#publish(result, handle);
  }

  /** A snapshot as JSON, computed once per snapshot (the cache hands back the same one while a document is unchanged). */
  #textOf(snapshot: DocumentSnapshot): string {
    let text = this.#texts.get(snapshot);
    if (text === undefined) this.#texts.set(snapshot, (text = JSON.stringify(snapshot)));
    return text;
  }

  #publish(result: ProposalsReadResult, handle: DocHandle<ProposalDoc> | undefined): void {
    const previous = this.#view.get();
    const entry = this.proposalId === null ? undefined : result.index.find((e) => e.id === this.proposalId);
    if (entry !== undefined && this.#url === undefined) this.#open(entry.document);
    const judged = result.proposal;
    if (judged?.found === true && judged.detail.vote?.closeHeld === true)
      this.#openBoxes(judged.detail.vote.boxes);
    const document: ProposalDocumentState =
      this.proposalId === null
        ? "none"
        : handle !== undefined
          ? "ready"
          : this.#url === undefined
            ? "loading"
            : this.#documentLoading();
    this.#view.set({ revision: previous.revision + 1, index: result.index, proposal: judged, document });
    if (judged?.found === true) this.#noteStage(entry, judged.detail.stage);
  }

  #documentLoading(): ProposalDocumentState {
    const handle = this.#url === undefined ? undefined : this.#deps.repo.handles[documentIdOf(this.#url)];
    return handle !== undefined && handle.state === "unavailable" ? "unavailable" : "loading";
  }

  /** Notes in the chapter's index a stage further than it shows (see stage-hint.ts), once per stage. */
  #noteStage(entry: ProposalIndexEntry | undefined, stage: ProposalIndexEntry["stage"]): void {
    const { space, organisation, onError } = this.#deps;
    const proposal = this.proposalId;
    if (proposal === null || entry === undefined || stageRank(stage) <= stageRank(entry.stage)) return;
    const key = `${proposal} ${stage}`;
    if (this.#noted.has(key)) return;
    const roster = organisation.view.get().roster;
    const grant = memberGrant(roster, this.chapter, space.member.key);
    const chapterDocument = roster.chapters.get(this.chapter)?.document;
    if (grant === undefined || chapterDocument === undefined) return;
    this.#noted.add(key);
    space
      .sign(PROPOSAL_STAGE, stageHintBody(proposal, stage), [proposal, grant])
      .then((hint) => organisation.addRecords(chapterDocument, "proposals", [hint]))
      .catch((error: unknown) => {
        this.#noted.delete(key);
        onError(error);
      });
  }
}
