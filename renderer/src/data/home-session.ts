/**
 * The member's Home document, open while their identity is unlocked: read through the
 * chokepoint with `homeAuthorise` (only the member's own records count), its records kept in
 * the device's store and written back if a vandal removed them (PROTOCOL.md D8, D9).
 */
import type { DocHandle, Repo } from "@automerge/automerge-repo";
import {
  HOME_DOCUMENT,
  heldRecords,
  readDocument,
  rememberRecords,
  writeBackInto,
  type DocumentUrl,
  type HomeDoc,
  type MemberKey,
  type RecordStore,
  type StoredRecord,
  type Verifier,
  addRecord,
} from "@chapterhouse/crdt";
import type { VerifiedIdCache } from "../organisation/read-organisation.js";
import { homeAuthorise, homeEntries, type HomeEntries } from "./home-records.js";
import { openHomeDocument } from "./home-document.js";
import { ObservableValue, type Observable } from "./observable-value.js";

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
  readonly #ready: Promise<DocHandle<HomeDoc>>;
  #off: (() => void) | undefined;
  #lastHeads = "";
  #closed = false;

  /** Opens the Home document of `homeDocument` bytes (K3.6); announce it before. */
  constructor(member: MemberKey, homeDocument: Uint8Array, deps: HomeSessionDeps) {
    this.member = member;
    this.#deps = deps;
    this.#ready = openHomeDocument(deps.repo, homeDocument);
    this.#ready.then(
      (handle) => {
        if (this.#closed) return;
        const update = () => void this.#read(handle).catch(deps.onError);
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
    const handle = await this.#ready;
    handle.change((doc) => {
      for (const record of records) addRecord(doc[map], record);
    });
    await this.#deps.store.put({ document: handle.url as unknown as DocumentUrl, map }, records);
    await this.#read(handle);
  }

  /** Stops following the document. */
  close(): void {
    this.#closed = true;
    this.#off?.();
  }

  async #read(handle: DocHandle<HomeDoc>): Promise<void> {
    if (this.#closed || !handle.isReady()) return;
    const url = handle.url as unknown as DocumentUrl;
    const read = await readDocument(HOME_DOCUMENT, handle.doc(), this.#deps.verifier, {
      authorise: homeAuthorise(this.member),
      verified: this.#deps.verified,
    });
    for (const record of read.records) this.#deps.verified.add(record.id);
    await rememberRecords(this.#deps.store, url, read);
    const heads = handle.heads().join(",");
    if (heads !== this.#lastHeads) {
      const held = await heldRecords(this.#deps.store, HOME_DOCUMENT, url);
      handle.change((doc) => void writeBackInto(HOME_DOCUMENT, doc, held), { message: "write back home records", time: undefined });
      this.#lastHeads = handle.heads().join(",");
    }
    if (!this.#closed) this.#view.set({ loaded: true, entries: homeEntries(read.records) });
  }
}
