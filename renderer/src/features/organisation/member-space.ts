/**
 * Everything a member with an unlocked identity works in: their Home document and the
 * organisations it lists, each an OrganisationSession announced to the relays that serve it
 * (DESIGN.md §7: a relay hears only of its organisation's documents), and signing through the
 * platform's key vault. Made when the identity is unlocked, closed when it is locked.
 */
import type { Repo } from "@automerge/automerge-repo";
import {
  isParsed,
  parseRecord,
  type CanonicalValue,
  type ChapterId,
  type DocumentUrl,
  type ParsedRecord,
  type RecordId,
  type RecordStore,
  type Verifier,
} from "@chapterhouse/crdt";
import type { DocumentAnnouncements } from "../../shared/documents/document-announcements.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { homeDocumentUrl } from "./home-document.js";
import {
  HOME_CHAPTER,
  HOME_ORGANISATION,
  homeChapterBody,
  homeOrganisationBody,
  type HomeChapter,
  type HomeOrganisation,
} from "./home-records.js";
import { HomeSession, type HomeView } from "./home-session.js";
import type { Observable } from "../../shared/data/observable-value.js";
import type { RelayManager } from "../../shared/data/relay-manager.js";
import { parseRelayUrl, type RelayUrl } from "../../shared/data/relay-url.js";
import type { KeyVault } from "../../shared/platform/key-vault.js";
import type { Member } from "../identity/index.js";
import type { OrganisationReads } from "./organisation-reads.js";
import { OrganisationSession } from "./organisation-session.js";
import { firstProfileDraft, missingProfileCopies } from "./own-name.js";
import type { VerifiedIdCache } from "../../shared/worker/verified-id-cache.js";

/** What a member space needs from the device. */
export interface MemberSpaceDeps {
  readonly repo: Repo;
  /** The page's verifier and cache, for the small Home document read in the page. */
  readonly verifier: Verifier;
  readonly verified: VerifiedIdCache;
  /** Reads organisations (signatures and the membership fold), off the page's thread where it can. */
  readonly reader: OrganisationReads;
  readonly store: RecordStore;
  readonly announcements: DocumentAnnouncements;
  readonly relays: RelayManager;
  readonly vault: KeyVault;
  readonly pageProtocol: string;
  /** Milliseconds since the epoch, for records signed here with other keys (invite tokens). */
  readonly now: () => number;
  /** A cryptographically secure random source (invite tokens). */
  readonly randomBytes: (length: number) => Uint8Array;
  readonly onError: (error: unknown) => void;
}

const HOME_GROUP = "home";

/** The member's working space. The caller owns it and calls `close`. */
export class MemberSpace {
  readonly member: Member;
  readonly home: HomeSession;
  readonly #deps: MemberSpaceDeps;
  readonly #organisations = new Map<DocumentUrl, OrganisationSession>();
  readonly #relaysOf = new Map<DocumentUrl, Set<RelayUrl>>();
  readonly #offHome: () => void;
  readonly #offNames: (() => void)[] = [];
  /** Profiles signed and copies put (organisation, and seq or chapter and id) since unlocking: each is tried once. */
  readonly #naming = new Set<string>();

  constructor(member: Member, deps: MemberSpaceDeps) {
    this.member = member;
    this.#deps = deps;
    deps.announcements.setEverywhere(HOME_GROUP, [documentIdOf(homeDocumentUrl(member.homeDocument))]);
    this.home = new HomeSession(member.key, member.homeDocument, deps);
    this.#offHome = this.home.view.subscribe(() => this.#followHome(this.home.view.get()));
  }

  /** The member's Home entries, observable. */
  get homeView(): Observable<HomeView> {
    return this.home.view;
  }

  /**
   * The open organisation at `url`, opening it if needed. `options.relays` adds relays that
   * serve it (a join link's); `options.focus` names a chapter whose tree is the organisation's
   * when its root is not known yet.
   */
  organisation(url: DocumentUrl, options: { root?: ChapterId; focus?: ChapterId; relays?: readonly string[] } = {}): OrganisationSession {
    this.#addRelays(url, options.relays ?? []);
    let session = this.#organisations.get(url);
    if (session === undefined) {
      const entry = this.home.view.get().entries.organisations.find((o) => o.organisation === url);
      if (entry !== undefined) this.#addRelays(url, entry.relays);
      const root = options.root ?? entry?.root;
      session = new OrganisationSession(
        url,
        { ...this.#deps, announce: (documents) => this.#announce(url, documents) },
        { ...(root === undefined ? {} : { root }), ...(options.focus === undefined ? {} : { focus: options.focus }) },
      );
      this.#organisations.set(url, session);
      const opened = session;
      this.#offNames.push(opened.view.subscribe(() => this.#publishOwnProfile(opened)));
    } else {
      // A session opened before the Home document was read (e.g. from a chapter link right after
      // unlocking) learns its root when the Home entry arrives, and then opens its chapters.
      if (options.root !== undefined) session.knowRoot(options.root);
      if (options.focus !== undefined) session.focus(options.focus);
    }
    return session;
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

  /** Records in the Home document that the member belongs to an organisation (and its relays). */
  async rememberOrganisation(entry: HomeOrganisation): Promise<void> {
    this.#addRelays(entry.organisation, entry.relays);
    const relays = [...new Set([...entry.relays, ...this.relaysOf(entry.organisation)])].sort();
    const current = this.home.view.get().entries.organisations.find((o) => o.organisation === entry.organisation);
    if (current !== undefined && current.root === entry.root && current.name === entry.name && relays.every((r) => current.relays.includes(r))) return;
    const record = await this.sign(HOME_ORGANISATION, homeOrganisationBody({ ...entry, relays }));
    await this.home.add("organisations", [record]);
  }

  /** Records in the Home document that the member joined or founded a chapter. */
  async rememberChapter(entry: HomeChapter): Promise<void> {
    const known = this.home.view.get().entries.chapters.some((c) => c.organisation === entry.organisation && c.chapter === entry.chapter);
    if (known) return;
    const record = await this.sign(HOME_CHAPTER, homeChapterBody(entry));
    await this.home.add("chapters", [record]);
  }

  /** Closes every session and stops announcing the member's documents. */
  close(): void {
    this.#offHome();
    for (const off of this.#offNames.splice(0)) off();
    this.home.close();
    for (const [url, session] of this.#organisations) {
      session.close();
      this.#deps.announcements.setGroup(`organisation ${url}`, new Map());
    }
    this.#deps.announcements.setEverywhere(HOME_GROUP, []);
  }

  /**
   * PF3.3: signs the member's first profile, while they have none, and puts their current profile into
   * each chapter they are a direct member of that lacks it, once the organisation's documents are held.
   */
  #publishOwnProfile(session: OrganisationSession): void {
    const view = session.view.get();
    if (view.state !== "ready" || view.waiting > 0) return;
    const me = view.profiles.members.get(this.member.key);
    if (me === undefined) return;
    const copy = (record: ParsedRecord) => {
      for (const { chapter, document } of missingProfileCopies(view.roster, me, view.profileCopies, record.id)) {
        if (!this.#once(`${session.url} ${chapter} ${record.id}`)) continue;
        session.addRecords(document, "profiles", [record]).catch(this.#deps.onError);
      }
    };
    const draft = firstProfileDraft(me, this.member.name, this.member.boxKey);
    if (draft !== undefined) {
      if (!this.#once(`${session.url} seq ${draft.body.seq}`)) return;
      this.sign(draft.kind, draft.body, draft.deps)
        .then(copy)
        // Reported once, not tried again on every change: the next unlock tries again.
        .catch(this.#deps.onError);
    } else if (me.current !== undefined) copy(me.current.record);
  }

  /** True the first time `key` is given since unlocking. */
  #once(key: string): boolean {
    if (this.#naming.has(key)) return false;
    this.#naming.add(key);
    return true;
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
    const session = this.#organisations.get(url);
    if (added && session !== undefined) this.#announce(url, session.documents());
  }

  #announce(url: DocumentUrl, documents: readonly DocumentUrl[]): void {
    const ids = documents.map(documentIdOf);
    const relays = this.relaysOf(url);
    this.#deps.announcements.setGroup(`organisation ${url}`, new Map(relays.map((relay) => [relay, ids])));
  }
}
