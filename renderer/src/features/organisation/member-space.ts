/**
 * Everything a member with an unlocked identity works in: their Home document and the
 * organisations it lists, each an open organisation whose documents the document layer announces
 * to the relays that serve it (DESIGN.md §7: a relay hears only of its organisation's documents),
 * and signing through the platform's key vault. Made when the identity is unlocked, closed when it
 * is locked.
 */
import type { Repo } from "@automerge/automerge-repo";
import {
  homeChapterDraft,
  homeOrganisationDraft,
  type HomeChapter,
  type HomeEntries,
  type HomeOrganisation,
} from "@chapterhouse/crdt/home";
import type { RecordDraft } from "@chapterhouse/crdt/kinds";
import {
  isParsed,
  parseRecord,
  type CanonicalValue,
  type ChapterId,
  type DocumentUrl,
  type ParsedRecord,
  type RecordId,
} from "@chapterhouse/crdt/records";
import type { Observable } from "../../shared/data/observable-value.js";
import type { RelayManager } from "../../shared/data/relay-manager.js";
import { parseRelayUrl, type RelayUrl } from "../../shared/data/relay-url.js";
import { EVERYWHERE, type DocumentLayer } from "../../shared/documents/document-layer.js";
import type { LiveQuery } from "../../shared/documents/live-query.js";
import { queryView } from "../../shared/documents/query-view.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { KeyVault } from "../../shared/platform/key-vault.js";
import type { Member } from "../identity/index.js";
import { homeQuery, homeUrlOf, type HomeView } from "./home-query.js";
import { openOrganisation, type OpenOrganisation } from "./open-organisation.js";
import { ProfilePublisher } from "../profiles/index.js";
import type { organisationHandlers } from "./worker-handlers.js";

/** What a member space needs from the device. */
export interface MemberSpaceDeps {
  readonly repo: Repo;
  /** The device's document layer: every document the member's screens read or write. */
  readonly documents: DocumentLayer;
  /** The verification worker's organisation handlers. */
  readonly worker: Pick<Bound<typeof organisationHandlers>, "readOrganisation" | "readHome">;
  readonly relays: RelayManager;
  readonly vault: KeyVault;
  readonly pageProtocol: string;
  /** Milliseconds since the epoch, for records signed here with other keys (invite tokens). */
  readonly now: () => number;
  /** A cryptographically secure random source (invite tokens). */
  readonly randomBytes: (length: number) => Uint8Array;
  readonly onError: (error: unknown) => void;
}

const NO_HOME: HomeView = { loaded: false, entries: { organisations: [], chapters: [] } };

/** The member's working space. The caller owns it and calls `close`. */
export class MemberSpace {
  readonly member: Member;
  /** The member's Home entries, observable. */
  readonly homeView: Observable<HomeView>;
  readonly #deps: MemberSpaceDeps;
  readonly #homeUrl: DocumentUrl;
  readonly #home: LiveQuery<HomeEntries>;
  readonly #organisations = new Map<DocumentUrl, OpenOrganisation>();
  readonly #relaysOf = new Map<DocumentUrl, Set<RelayUrl>>();
  readonly #release: (() => void)[] = [];
  /** The member's own profile: signed and copied into their chapters by the profiles feature (PF3.3). */
  readonly profile: ProfilePublisher;

  constructor(member: Member, deps: MemberSpaceDeps) {
    this.member = member;
    this.#deps = deps;
    this.#homeUrl = homeUrlOf(member.homeDocument);
    this.profile = new ProfilePublisher({
      member,
      organisations: () => [...this.#organisations.values()].map((organisation) => organisation.view.get()),
      sign: (draft) => this.signDraft(draft),
      documents: deps.documents,
      repo: deps.repo,
      onError: deps.onError,
    });
    this.#release.push(() => this.profile.close());
    this.#home = deps.documents.query(homeQuery(deps.worker, deps.repo, member.key, member.homeDocument));
    this.#release.push(this.#home.retain());
    this.homeView = queryView(this.#home, (state) => (state.value === undefined ? NO_HOME : { loaded: true, entries: state.value }));
    this.#release.push(this.homeView.subscribe(() => this.#followHome(this.homeView.get())));
  }

  /**
   * The open organisation at `url`, opening it if needed. `options.relays` adds relays that
   * serve it (a join link's); `options.root` and `options.focus` say where its tree starts when
   * that is not known yet (a Home entry's root, a join link's chapter).
   */
  organisation(url: DocumentUrl, options: { root?: ChapterId; focus?: ChapterId; relays?: readonly string[] } = {}): OpenOrganisation {
    this.#addRelays(url, options.relays ?? []);
    let organisation = this.#organisations.get(url);
    if (organisation === undefined) {
      const entry = this.homeView.get().entries.organisations.find((o) => o.organisation === url);
      if (entry !== undefined) this.#addRelays(url, entry.relays);
      const opened = openOrganisation(this.#deps.documents, this.#deps.worker, url, { root: options.root ?? entry?.root, focus: options.focus });
      organisation = opened.organisation;
      this.#organisations.set(url, organisation);
      const named = organisation;
      this.#release.push(opened.release, organisation.view.subscribe(() => this.profile.publish(named.view.get())));
    } else {
      // An organisation opened before the Home document was read (e.g. from a chapter link right
      // after unlocking) learns its root when the Home entry arrives, and then opens its chapters.
      organisation.hint(options);
    }
    return organisation;
  }

  /** The device's document layer. */
  get documents(): DocumentLayer {
    return this.#deps.documents;
  }

  /** The device's documents. */
  get repo(): Repo {
    return this.#deps.repo;
  }

  /** Cryptographically secure random bytes. */
  randomBytes(length: number): Uint8Array {
    return this.#deps.randomBytes(length);
  }

  /** The device clock (ms since the epoch). */
  now(): number {
    return this.#deps.now();
  }

  /** The relays that serve an organisation, as this device knows them, sorted. */
  relaysOf(url: DocumentUrl): RelayUrl[] {
    return [...(this.#relaysOf.get(url) ?? [])].sort();
  }

  /**
   * Signs a record with the unlocked key (through the platform's vault).
   * @throws {Error} "vault-locked…" if the identity was locked meanwhile.
   */
  async sign(kind: string, body: CanonicalValue, deps: readonly RecordId[] = []): Promise<ParsedRecord> {
    const signed = await this.#deps.vault.signRecord({ kind, body, deps });
    const parsed = parseRecord(signed.text);
    if (!isParsed(parsed) || parsed.id !== signed.id) throw new Error("the vault returned a record that does not parse");
    return parsed;
  }

  /**
   * Opens seals made to the member's box key (PROTOCOL.md PV2.3) through the platform's vault,
   * which keeps the box secret: each plaintext, or undefined.
   * @throws {Error} "vault-locked…" if the identity was locked meanwhile.
   */
  openSealed(seals: readonly Uint8Array[]): Promise<(Uint8Array | undefined)[]> {
    return this.#deps.vault.openSealed(seals);
  }

  /** Signs a record a kind's builder made (`…Draft`). @throws as `sign`. */
  signDraft(draft: RecordDraft): Promise<ParsedRecord> {
    return this.sign(draft.kind, draft.body, draft.deps);
  }

  /** Records in the Home document that the member belongs to an organisation (and its relays). */
  async rememberOrganisation(entry: HomeOrganisation): Promise<void> {
    this.#addRelays(entry.organisation, entry.relays);
    const relays = [...new Set([...entry.relays, ...this.relaysOf(entry.organisation)])].sort();
    const current = this.homeView.get().entries.organisations.find((o) => o.organisation === entry.organisation);
    if (current !== undefined && current.root === entry.root && current.name === entry.name && relays.every((r) => current.relays.includes(r))) return;
    await this.#writeHome("organisations", await this.signDraft(homeOrganisationDraft({ ...entry, relays })));
  }

  /** Records in the Home document that the member joined or founded a chapter. */
  async rememberChapter(entry: HomeChapter): Promise<void> {
    const known = this.homeView.get().entries.chapters.some((c) => c.organisation === entry.organisation && c.chapter === entry.chapter);
    if (known) return;
    await this.#writeHome("chapters", await this.signDraft(homeChapterDraft(entry)));
  }

  /** Lets go of every query and stops announcing the member's documents. */
  close(): void {
    for (const release of this.#release.splice(0)) release();
    for (const url of this.#organisations.keys()) this.#deps.documents.closeScope(url);
    this.#deps.documents.closeScope(EVERYWHERE);
  }

  async #writeHome(map: "organisations" | "chapters", record: ParsedRecord): Promise<void> {
    await this.#home.refresh(); // the Home document is open and followed
    await this.#deps.documents.write(this.#homeUrl, map, [record]);
    await this.#home.refresh();
  }

  #followHome(view: HomeView): void {
    for (const entry of view.entries.organisations) {
      this.#addRelays(entry.organisation, entry.relays);
      this.organisation(entry.organisation, { root: entry.root });
    }
  }

  #addRelays(url: DocumentUrl, relays: readonly string[]): void {
    const set = this.#relaysOf.get(url) ?? new Set<RelayUrl>();
    let added = false;
    for (const text of relays) {
      let relay: RelayUrl;
      try {
        relay = parseRelayUrl(text, this.#deps.pageProtocol);
      } catch {
        continue; // a relay this page cannot open (ws:// from https): not announced
      }
      if (set.has(relay)) continue;
      set.add(relay);
      added = true;
      // The member's own signed list names it: make sure this device connects to it.
      const settings = this.#deps.relays.relays.get();
      if (settings.loaded && !settings.relays.some((r) => r.url === relay)) {
        this.#deps.relays.addRelay(relay).catch(this.#deps.onError);
      }
    }
    this.#relaysOf.set(url, set);
    if (added) this.#deps.documents.setRelays(url, this.relaysOf(url));
  }
}
