/**
 * Hooks for the end-to-end tests, compiled only into the test build (`vite build --mode test`;
 * `main.tsx` imports this module under `import.meta.env.MODE === "test"`, which the production
 * build folds away). They stand in for screens that do not exist yet (organisations feeding
 * the announcements, documents) and expose what a test must observe. Never part of the app.
 */
import * as Automerge from "@automerge/automerge";
import type { AutomergeUrl, DocumentId } from "@automerge/automerge-repo";
import { rosterToCanonical } from "@chapterhouse/crdt/membership";
import type { AppServices } from "../open-app-services.js";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { parseRelayUrl } from "../../shared/data/relay-url.js";
import type { Translations } from "../../shared/i18n/translations.js";

type Scalar = string | number | boolean;

/** `window.__chapterhouseTest` */
export interface ChapterhouseTestHooks {
  /** This page's automerge-repo peer id. */
  readonly peerId: string;
  /** Whether Automerge's wasm is initialised, proven by a save/load round trip. */
  automerge(): { initialized: boolean; roundTrip: string };
  /** Creates a document, announced to `relay` unless it is `null`, and returns its URL. */
  createDocument(relay: string | null, value: Record<string, Scalar>): Promise<AutomergeUrl>;
  /** Sets one field of a document. */
  changeDocument(url: AutomergeUrl, key: string, value: Scalar): void;
  /** Announces `url` to `relay` (unless `null`), finds it (locally, from another tab or through the relay) and returns its content. */
  readDocument(url: AutomergeUrl, relay: string | null): Promise<Record<string, Scalar>>;
  /** Ids of open documents with changes no relay has acknowledged. */
  unsharedDocuments(): DocumentId[];
  /** The unlocked member's public key, or null while locked or absent. */
  memberKey(): string | null;
  /** The canonical roster (PROTOCOL.md M12) of an open organisation, by its document id, after a fresh read; null if locked. */
  roster(organisation: string): Promise<string | null>;
  /** How many chapters the roster of an open organisation has, by its document id, after a fresh read (what a bench waits for, without the canonical text's cost); null if locked. */
  readOrganisation(organisation: string): Promise<number | null>;
  /** Shows the app in `language` (as the language switch does), for tests that walk the screens in each language. */
  setLanguage(language: string): Promise<void>;
}

declare global {
  interface Window {
    __chapterhouseTest?: ChapterhouseTestHooks;
  }
}

/** Installs `window.__chapterhouseTest`. */
export function installTestHooks(window: Window, { data, identity }: AppServices, translations: Translations): void {
  const relayKey = (relay: string) => parseRelayUrl(relay, data.platform.pageProtocol);
  const hooks: ChapterhouseTestHooks = {
    peerId: data.repo.peerId,
    automerge() {
      const loaded = Automerge.load<{ probe: string }>(Automerge.save(Automerge.from({ probe: "ok" })));
      return { initialized: Automerge.isWasmInitialized(), roundTrip: loaded.probe };
    },
    createDocument(relay, value) {
      const handle = data.repo.create<Record<string, Scalar>>(value);
      if (relay !== null) data.announcements.addDocuments(relayKey(relay), [handle.documentId]);
      data.unshared.track(handle);
      return Promise.resolve(handle.url);
    },
    changeDocument(url, key, value) {
      const handle = data.repo.handles[url.replace(/^automerge:/, "") as DocumentId];
      if (handle === undefined) throw new Error(`changeDocument: ${url} is not open`);
      handle.change((doc: Record<string, Scalar>) => {
        doc[key] = value;
      });
    },
    async readDocument(url, relay) {
      if (relay !== null)
        data.announcements.addDocuments(relayKey(relay), [url.replace(/^automerge:/, "") as DocumentId]);
      const handle = await data.repo.find<Record<string, Scalar>>(url);
      data.unshared.track(handle);
      return { ...handle.doc() };
    },
    unsharedDocuments: () => data.unshared.documents(),
    memberKey: () => identity.memberKey ?? null,
    async roster(organisation) {
      const space = identity.space.get();
      if (space === undefined) return null;
      const view = await space.organisation(documentUrlOf(organisation)).refresh();
      return rosterToCanonical(view.roster);
    },
    async readOrganisation(organisation) {
      const space = identity.space.get();
      if (space === undefined) return null;
      return (await space.organisation(documentUrlOf(organisation)).refresh()).roster.chapters.size;
    },
    setLanguage: (language) => translations.setLanguage(language),
  };
  window.__chapterhouseTest = hooks;
}
