/**
 * The member's Home document, open while their identity is unlocked: read through the
 * chokepoint with `homeAuthorise` (only the member's own records count), its records kept in
 * the device's store and written back if a vandal removed them (PROTOCOL.md D8, D9).
 */
import type { DocHandle, Repo } from "@automerge/automerge-repo";
import {
  HOME_DOCUMENT,
  readDocument,
  type DocumentUrl,
  type HomeDoc,
  type MemberKey,
  type RecordStore,
  type StoredRecord,
  type Verifier,
  addRecord,
} from "@chapterhouse/crdt";
import type { VerifiedIdCache } from "../../shared/worker/verified-id-cache.js";
import { homeAuthorise, homeEntries, type HomeEntries } from "./home-records.js";
import { openHomeDocument } from "./home-document.js";
import { ObservableValue, type Observable } from "../../shared/data/observable-value.js";
import { RecordKeeper } from "../../shared/documents/record-keeper.js";

/** What the Home document says, as the member's screens see it. */
export interface HomeView {
  /** False until the document has been opened and read once. */
  readonly loaded: boolean;
  readonly entries: HomeEntries;
}

/** What the Home session needs. */
export interface HomeSessionDeps {
  readonly repo: Repo;
  readonly verifier: Verifier;
  readonly verified: VerifiedIdCache;
  readonly store: RecordStore;
  readonly onError: (error: unknown) => void;
}

/** The member's open Home document. The caller owns it and calls `close`. */
export class HomeSession {
  readonly member: MemberKey;
  readonly #deps: HomeSessionDeps;
  readonly #view = new ObservableValue<HomeView>({ loaded: false, entries: { organisations: [], chapters: [] } });
  /** The open document and what the store holds for it (what write-back restores). */
  readonly #ready: Promise<{ readonly handle: DocHandle<HomeDoc>; readonly records: RecordKeeper }>;
  #off: (() => void) | undefined;
  #closed = false;

  /** Opens the Home document of `homeDocument` bytes (K3.6); announce it before. */
  constructor(member: MemberKey, homeDocument: Uint8Array, deps: HomeSessionDeps) {
    this.member = member;
    this.#deps = deps;
    this.#ready = openHomeDocument(deps.repo, homeDocument).then((handle) => ({
      handle,
      records: new RecordKeeper(deps.store, handle.url as unknown as DocumentUrl, HOME_DOCUMENT, deps.onError),
    }));
    this.#ready.then(
      ({ handle, records }) => {
        if (this.#closed) return;
        const update = () => void records.loaded.then(() => this.#read(handle, records)).catch(deps.onError);
        handle.on("heads-changed", update);
        this.#off = () => handle.off("heads-changed", update);
        update();
      },
      (error: unknown) => deps.onError(error),
    );
  }

  /** The member's organisations and chapters, observable. */
  get view(): Observable<HomeView> {
    return this.#view;
  }

  /** Adds signed records to the Home document (map `organisations` or `chapters`) and reads again. */
  async add(map: "organisations" | "chapters", records: readonly StoredRecord[]): Promise<void> {
    const { handle, records: kept } = await this.#ready;
    handle.change((doc) => {
      for (const record of records) addRecord(doc[map], record);
    });
    await kept.keep(map, records);
    await kept.loaded;
    await this.#read(handle, kept);
  }

  /** Stops following the document. */
  close(): void {
    this.#closed = true;
    this.#off?.();
  }

  async #read(handle: DocHandle<HomeDoc>, records: RecordKeeper): Promise<void> {
    if (this.#closed || !handle.isReady()) return;
    const read = await readDocument(HOME_DOCUMENT, handle.doc(), this.#deps.verifier, {
      authorise: homeAuthorise(this.member),
      verified: this.#deps.verified,
    });
    for (const record of read.records) this.#deps.verified.add(record.id);
    await records.remember(read);
    records.writeBack(handle);
    if (!this.#closed) this.#view.set({ loaded: true, entries: homeEntries(read.records) });
  }
}
