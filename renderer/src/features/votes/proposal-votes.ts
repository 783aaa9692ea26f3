/**
 * The votes of one proposal open on this device: the documents a vote rests on — the
 * organisation's (from its OrganisationSession), the Proposal document, the ballot boxes of its
 * opens — followed, and read again on every change by the verification worker (`readVote`:
 * the core's `verifyVote` over the vote bundle), so every screen shows the verified reading.
 * Actions (`open-vote.ts`, `cast-ballot.ts`, `close-vote.ts`, `record-decision.ts`) write signed
 * records with `write` and ballot boxes with `createBox`.
 *
 * Ballot boxes are this class's own documents (the organisation's and the proposal's sessions
 * keep theirs): every ballot written here and every box record whose signature held in a read is
 * kept in the device's store, and what a vandal removed from a box is written back (PROTOCOL.md
 * D8, D9).
 *
 * Box documents are announced (`announce`) before they are asked for, like every document of
 * an organisation, so a relay serving it is asked too and hears of the ballots written here.
 */
import * as A from "@automerge/automerge";
import type { AutomergeUrl, DocHandle, Repo } from "@automerge/automerge-repo";
import {
  BALLOT_BOX_DOCUMENT,
  CHAPTER_DOCUMENT,
  ORGANISATION_DOCUMENT,
  PROPOSAL_DOCUMENT,
  addRecord,
  createBallotBoxDoc,
  encodeVoteBundle,
  type BallotBoxHint,
  type DocumentType,
  type DocumentUrl,
  type MemberKey,
  type ProposalId,
  type RecordId,
  type RecordStore,
  type StoredRecord,
  type VoteBundleDocument,
} from "@chapterhouse/crdt";
import { migrateHandle } from "../../shared/documents/migrate-handle.js";
import { ObservableValue, type Observable } from "../../shared/data/observable-value.js";
import { RecordKeeper } from "../../shared/documents/record-keeper.js";
import { HeadsCache, SnapshotCache } from "../../shared/documents/snapshot-cache.js";
import { yieldToEventLoop } from "../../shared/documents/yield-to-event-loop.js";
import type { OrganisationSession, OrganisationView } from "../organisation/index.js";
import type { VoteReads } from "./vote-reads.js";
import { bundleOfSnapshot } from "./bundle-document.js";
import { openBoxDocuments, voteBundleFor } from "./vote-bundle-for.js";
import type { BoxRecords, VoteReading } from "./vote-reading.js";

/** What the vote screens observe. Replaced whole on every read. */
export interface VotesView {
  /** "loading" until the Proposal document and a first read are in. */
  readonly state: "loading" | "ready" | "unavailable";
  readonly reading: VoteReading | undefined;
  /** The last read's failure (a verifier fault, never content), if the last read failed. */
  readonly error: string | undefined;
  /** Increases with every read. */
  readonly revision: number;
}

/** What a ProposalVotes needs from the device. */
export interface ProposalVotesDeps {
  readonly repo: Repo;
  readonly reader: Pick<VoteReads, "readVote">;
  /** The device's append-only store of verified records (D8), where the boxes' records are kept. */
  readonly store: RecordStore;
  /** The unlocked member, whose ballot the reading reports. */
  readonly member: MemberKey | null;
  /** Called with the proposal's own documents (Proposal, ballot boxes) before they are asked for. */
  readonly announce: (documents: readonly DocumentUrl[]) => void;
  readonly onError: (error: unknown) => void;
  /** How long to gather changes before reading again (default 40 ms). */
  readonly debounceMs?: number;
  /** The page's snapshot cache (AppData); one of its own when absent. */
  readonly snapshots?: SnapshotCache;
}

interface Followed {
  readonly type: DocumentType;
  handle: DocHandle<unknown> | undefined;
  state: "loading" | "ready" | "unavailable";
  /** Ballot boxes only: what the store holds for the box (D8), what write-back restores (D9). */
  readonly records: RecordKeeper | undefined;
  readonly off: (() => void)[];
}

/** A proposal's votes. The caller owns it and calls `close`. */
export class ProposalVotes {
  readonly proposal: ProposalId;
  readonly proposalUrl: DocumentUrl;
  readonly organisation: OrganisationSession;
  readonly #deps: ProposalVotesDeps;
  readonly #snapshots: SnapshotCache;
  /** Bundle entries by (document, heads), so an unchanged document is not converted again. */
  readonly #bundles = new HeadsCache<VoteBundleDocument>(256);
  readonly #followed = new Map<DocumentUrl, Followed>();
  readonly #own = new Set<DocumentUrl>();
  readonly #view = new ObservableValue<VotesView>({ state: "loading", reading: undefined, error: undefined, revision: 0 });
  readonly #offOrganisation: () => void;
  #selected: RecordId | null = null;
  /** The boxes' records being kept (D8) and written back (D9), one read's after another's. */
  #keeping: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #reading: Promise<void> | undefined;
  #dirty = false;
  #closed = false;

  constructor(organisation: OrganisationSession, proposal: ProposalId, proposalUrl: DocumentUrl, deps: ProposalVotesDeps) {
    this.organisation = organisation;
    this.proposal = proposal;
    this.proposalUrl = proposalUrl;
    this.#deps = deps;
    this.#snapshots = deps.snapshots ?? new SnapshotCache();
    this.#own.add(proposalUrl);
    deps.announce([...this.#own]);
    this.#follow(proposalUrl, PROPOSAL_DOCUMENT);
    this.#offOrganisation = organisation.view.subscribe(() => this.#followOrganisation(organisation.view.get()));
    this.#followOrganisation(organisation.view.get());
  }

  /** The verified reading, observable. */
  get view(): Observable<VotesView> {
    return this.#view;
  }

  /** Shows the vote of `open` (null: the proposal's current vote) from the next read on. */
  select(open: RecordId | null): void {
    if (this.#selected === open) return;
    this.#selected = open;
    this.#schedule();
  }

  /** The open asked for (null: the current one). */
  get selected(): RecordId | null {
    return this.#selected;
  }

  /** Reads now (after pending changes); resolves with the new view. */
  async refresh(): Promise<VotesView> {
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
   * Resolves with the first view satisfying `predicate` (now or after a change); rejects with an
   * Error saying `what` after `timeoutMs`.
   */
  until(predicate: (view: VotesView) => boolean, what: string, timeoutMs: number): Promise<VotesView> {
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

  /**
   * Writes signed records into a record map of a followed document, then reads again.
   * @throws {Error} if the document is not open and ready on this device.
   */
  async write(document: DocumentUrl, map: string, records: readonly StoredRecord[]): Promise<VotesView> {
    const followed = this.#followed.get(document);
    if (followed?.state === "loading") await this.#untilSettled(document);
    const handle = this.#followed.get(document)?.handle;
    if (handle === undefined || !handle.isReady()) throw new Error(`the document ${document} is not open on this device`);
    handle.change((doc) => {
      const proxy = doc as Record<string, unknown>;
      if (typeof proxy[map] !== "object" || proxy[map] === null) proxy[map] = {};
      for (const record of records) addRecord(proxy[map] as Parameters<typeof addRecord>[0], record);
    });
    await this.#followed.get(document)?.records?.keep(map, records);
    return this.refresh();
  }

  /**
   * Creates a new Ballot box document (PROTOCOL.md D4) for one `(chapter, shard)` of a vote about
   * to open, follows and announces it, and returns its URL. The hint is for display only.
   */
  createBox(hint: BallotBoxHint): DocumentUrl {
    const handle = this.#deps.repo.import<unknown>(A.save(createBallotBoxDoc(hint)));
    const url = handle.url as unknown as DocumentUrl;
    this.#own.add(url);
    this.#deps.announce([...this.#own]);
    this.#attach(url, BALLOT_BOX_DOCUMENT, handle);
    return url;
  }

  /** Sets the display hint of boxes created before their open was signed. */
  nameBoxes(documents: readonly DocumentUrl[], open: RecordId): void {
    for (const url of documents) {
      this.#followed.get(url)?.handle?.change((doc) => {
        const about = (doc as { unsigned?: { about?: { open?: string } } }).unsigned?.about;
        if (about !== undefined) about.open = open;
      });
    }
  }

  /** The vote bundle of `open` (V10) from the documents this device holds: the export's bytes. */
  exportBundle(open: RecordId): string {
    return `${encodeVoteBundle(voteBundleFor(this.#bundleDocuments(), this.proposal, open))}\n`;
  }

  /** True when `document` is followed and held on this device (writable now). */
  isReady(document: DocumentUrl): boolean {
    const followed = this.#followed.get(document);
    return followed?.state === "ready" && followed.handle?.isReady() === true;
  }

  /** Stops following the documents. */
  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#offOrganisation();
    for (const followed of this.#followed.values()) for (const off of followed.off) off();
  }

  #followOrganisation(view: OrganisationView): void {
    if (view.state !== "ready") return;
    this.#follow(view.url, ORGANISATION_DOCUMENT);
    for (const chapter of view.roster.chapters.values()) this.#follow(chapter.document, CHAPTER_DOCUMENT);
    this.#schedule();
  }

  #follow(url: DocumentUrl, type: DocumentType): void {
    if (this.#followed.has(url) || this.#closed) return;
    const followed = this.#newFollowed(url, type);
    this.#deps.repo.find<unknown>(url as unknown as AutomergeUrl, { allowableStates: ["ready", "unavailable"] }).then(
      (handle) => this.#attach(url, type, handle),
      (error: unknown) => {
        followed.state = "unavailable";
        this.#deps.onError(error);
        this.#schedule();
      },
    );
  }

  #attach(url: DocumentUrl, type: DocumentType, handle: DocHandle<unknown>): void {
    if (this.#closed) return;
    const followed = this.#followed.get(url) ?? this.#newFollowed(url, type);
    followed.handle = handle;
    const update = (): void => {
      if (handle.isReady() && followed.state !== "ready") {
        followed.state = "ready";
        try {
          migrateHandle(type, handle);
        } catch (error) {
          this.#deps.onError(error);
        }
      }
      this.#schedule();
    };
    handle.on("heads-changed", update);
    followed.off.push(() => handle.off("heads-changed", update));
    if (!handle.isReady()) followed.state = "unavailable";
    update();
  }

  #newFollowed(url: DocumentUrl, type: DocumentType): Followed {
    const records = type === BALLOT_BOX_DOCUMENT ? new RecordKeeper(this.#deps.store, url, type, this.#deps.onError) : undefined;
    const followed: Followed = { type, handle: undefined, state: "loading", records, off: [] };
    this.#followed.set(url, followed);
    // What the store holds is written back at the first read after it is loaded.
    void records?.loaded.then(() => this.#schedule());
    return followed;
  }

  async #untilSettled(url: DocumentUrl): Promise<void> {
    for (let waited = 0; this.#followed.get(url)?.state === "loading" && waited < 15_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  #schedule(): void {
    if (this.#closed) return;
    this.#dirty = true;
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.refresh().catch((error: unknown) => this.#deps.onError(error));
    }, this.#deps.debounceMs ?? 40);
  }

  /** Every followed document held here, as the bundle holds it; synchronous (the export). */
  #bundleDocuments(): VoteBundleDocument[] {
    const out: VoteBundleDocument[] = [];
    for (const [url, followed] of this.#followed) {
      if (followed.state !== "ready" || followed.handle === undefined) continue;
      out.push(this.#bundleOf(url, followed.type, followed.handle).bundle);
    }
    return out;
  }

  /** As `#bundleDocuments`, yielding to the event loop after every document converted anew. */
  async #bundleDocumentsYielding(): Promise<VoteBundleDocument[]> {
    const out: VoteBundleDocument[] = [];
    for (const [url, followed] of [...this.#followed]) {
      if (followed.state !== "ready" || followed.handle === undefined) continue;
      const { bundle, fresh } = this.#bundleOf(url, followed.type, followed.handle);
      out.push(bundle);
      if (fresh) await yieldToEventLoop();
    }
    return out;
  }

  /** The bundle entry of one ready document at its current heads, from the caches when it is unchanged. */
  #bundleOf(url: DocumentUrl, type: DocumentType, handle: DocHandle<unknown>): { bundle: VoteBundleDocument; fresh: boolean } {
    const heads = [type.name, ...handle.heads()];
    const kept = this.#bundles.get(url, heads);
    if (kept !== undefined) return { bundle: kept, fresh: false };
    const bundle = bundleOfSnapshot(type, url, this.#snapshots.snapshot(url, type, handle));
    this.#bundles.set(url, heads, bundle);
    return { bundle, fresh: true };
  }

  /** Follows the ballot boxes every open of the proposal names. */
  #followBoxes(): void {
    const proposal = this.#followed.get(this.proposalUrl);
    if (proposal?.state !== "ready" || proposal.handle === undefined) return;
    const votes = this.#bundleOf(this.proposalUrl, PROPOSAL_DOCUMENT, proposal.handle).bundle.records["votes"] ?? {};
    const boxes = Object.values(votes).flatMap((text) => openBoxDocuments(text) ?? []);
    const added = boxes.filter((url) => !this.#own.has(url as DocumentUrl));
    if (added.length === 0) return;
    for (const url of added) this.#own.add(url as DocumentUrl);
    this.#deps.announce([...this.#own]);
    for (const url of added) this.#follow(url as DocumentUrl, BALLOT_BOX_DOCUMENT);
  }

  async #read(): Promise<void> {
    this.#dirty = false;
    this.#followBoxes();
    const previous = this.#view.get();
    const proposal = this.#followed.get(this.proposalUrl);
    if (proposal === undefined || proposal.state !== "ready") {
      this.#view.set({ ...previous, state: proposal?.state ?? "loading", revision: previous.revision + 1 });
      return;
    }
    try {
      const documents = await this.#bundleDocumentsYielding();
      if (this.#closed) return;
      const reading = await this.#deps.reader.readVote({
        proposal: this.proposal,
        open: this.#selected,
        member: this.#deps.member,
        documents,
      });
      if (this.#closed) return;
      this.#view.set({ state: "ready", reading, error: undefined, revision: previous.revision + 1 });
      // Off the read's path: the first read of a large vote puts thousands of ballots in the store.
      this.#keeping = this.#keeping.then(() => this.#keepBoxes(reading.kept, documents)).catch(this.#deps.onError);
    } catch (error) {
      if (this.#closed) return;
      this.#view.set({ ...previous, error: error instanceof Error ? error.message : String(error), revision: previous.revision + 1 });
      this.#deps.onError(error);
    }
  }

  /** D8, D9: keeps the box records whose signature held in the read, then writes back what each box lost. */
  async #keepBoxes(kept: readonly BoxRecords[], documents: readonly VoteBundleDocument[]): Promise<void> {
    if (this.#closed) return;
    const boxes = new Map(documents.filter((d) => d.type === BALLOT_BOX_DOCUMENT.name).map((d) => [d.url, d]));
    for (const { document, map, ids } of kept) {
      const records = this.#followed.get(document)?.records;
      const texts = boxes.get(document)?.records[map];
      if (records === undefined || texts === undefined) continue;
      const fresh = ids.flatMap((id) => {
        const text = texts[id];
        return records.holds(map, id) || text === undefined ? [] : [{ id, text }];
      });
      await records.keep(map, fresh);
    }
    if (this.#closed) return;
    for (const followed of this.#followed.values()) {
      if (followed.state === "ready" && followed.handle !== undefined) followed.records?.writeBack(followed.handle);
    }
  }
}
