/**
 * One organisation as the membership fold sees it (PROTOCOL.md M2.1): its Organisation document and
 * the Chapter documents of its tree, read by the worker's `readOrganisation` (the fold is computed
 * there once per change and shared) whenever any of them changes. Which Chapter documents: those of
 * the chapters under the organisation's root — the root from the member's Home entry, or the root
 * the chapter a join link names claims to be under (`claimedRoot`) — as the fold accepts their
 * geneses, each followed (and announced to the organisation's relays) as soon as it is known.
 */
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import { subtreeOf, type FoldSummary, type Roster } from "@chapterhouse/crdt/membership";
import type { ProfilesRead } from "@chapterhouse/crdt/profiles";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { DocumentState } from "../../shared/documents/followed-document.js";
import type { QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import { claimedRoot } from "./claimed-root.js";
import { KeptRoster, RosterVersionMissing } from "./sent-roster.js";
import type { organisationHandlers } from "./worker-handlers.js";

/** What the organisation screens show. Replaced whole on every read. */
export interface OrganisationView {
  readonly url: DocumentUrl;
  /** The Organisation document's state. */
  readonly state: DocumentState;
  /** The organisation's root chapter, once known. */
  readonly root: ChapterId | undefined;
  /** The fold's roster (empty until the first read). */
  readonly roster: Roster;
  /** The latest fold's summary (the worker keeps the fold), undefined until the first read. */
  readonly fold: FoldSummary | undefined;
  /** Chapter documents of the tree this device does not hold yet. */
  readonly waiting: number;
  /**
   * Those documents (`waiting` of them): the fold read none of them, so once one is held the
   * roster is behind the documents until this query's next read (which that arrival starts).
   */
  readonly unfolded: readonly DocumentUrl[];
  /** How each member with a profile is shown (PF7): the name, with fingerprint words when two share it. */
  readonly names: ReadonlyMap<MemberKey, string>;
  /** The members' profiles, read from the Chapter documents held (PF5). */
  readonly profiles: ProfilesRead;
  /** The ids of the profile records each held Chapter document holds (PF3.3), by chapter. */
  readonly profileCopies: ReadonlyMap<ChapterId, ReadonlySet<RecordId>>;
  /** Increases with every read; 0 before the first. */
  readonly revision: number;
}

/** What the member's space knows of where an organisation's tree starts; changes make the query read again. */
export interface OrganisationHints {
  /** The root chapter, from the member's Home entry. */
  root: ChapterId | undefined;
  /** A chapter of interest (a join link's): its tree's root is the root when none is known. */
  focus: ChapterId | undefined;
}

/** What the organisation's query asks the worker. */
export type OrganisationWorker = Pick<Bound<typeof organisationHandlers>, "readOrganisation">;

/**
 * The most of the roster one answer of the worker carries whole (`chapterWeight`: members, roles,
 * invites): the page deserialises an answer in one task, and a 20,000-member roster took 40–76 ms
 * of CPU there (issue 15).
 */
export const ROSTER_PART = 8_000;

const EMPTY_ROSTER: Roster = { chapters: new Map<ChapterId, never>() };
const NO_PROFILES: ProfilesRead = { members: new Map(), labels: new Map(), invalid: [] };

/** The view of an organisation before any read. */
export function emptyOrganisationView(url: DocumentUrl, root: ChapterId | undefined, state: DocumentState = "loading"): OrganisationView {
  return { url, state, root, roster: EMPTY_ROSTER, fold: undefined, waiting: 0, unfolded: [], names: NO_PROFILES.labels, profiles: NO_PROFILES, profileCopies: new Map(), revision: 0 };
}

/** The query of the organisation at `url` (its views' `revision` is the query's: see `openOrganisation`). */
export function organisationQuery(worker: OrganisationWorker, url: DocumentUrl, hints: OrganisationHints): QuerySpec<OrganisationView> {
  /** Chapter documents of the tree found so far, followed from then on. */
  const chapters = new Set<DocumentUrl>();
  /** The roster's chapters received, each sent once per version (`SentRoster`). */
  const kept = new KeptRoster();
  /** A read whose roster withholds nothing: its parts (each its roster alone) held one answer (one task of the page) at a time. */
  const wholeRead = async (documents: { readonly organisation: DocumentUrl; readonly chapters: readonly DocumentUrl[] }) => {
    for (;;) {
      const read = await worker.readOrganisation({ ...documents, known: kept.versions(), most: ROSTER_PART });
      if (!("fold" in read)) {
        kept.hold(read.roster);
        continue;
      }
      return read;
    }
  };
  const readFold = async (documents: { readonly organisation: DocumentUrl; readonly chapters: readonly DocumentUrl[] }) => {
    let read = await wholeRead(documents);
    let roster: Roster;
    try {
      roster = kept.receive(read.roster);
    } catch (error) {
      // Another read of this query replaced a version this one named: asked again, holding none.
      if (!(error instanceof RosterVersionMissing)) throw error;
      kept.forget();
      read = await wholeRead(documents);
      roster = kept.receive(read.roster);
    }
    return { ...read, fold: { ...read.fold, roster } };
  };
  return {
    key: `organisation ${url}`,
    async read(context) {
      const request = (document: DocumentUrl) => ({ url: document, type: CHAPTER_DOCUMENT, scope: url });
      for (;;) {
        const [organisation, ...standing] = await context.documents([{ url, type: ORGANISATION_DOCUMENT, scope: url }, ...[...chapters].map(request)]);
        if (organisation!.state !== "ready") return emptyOrganisationView(url, hints.root, organisation!.state);
        const ready = standing.filter((entry) => entry.state === "ready").map((entry) => entry.url);
        const { fold, geneses, profiles, profileCopies } = await readFold({ organisation: url, chapters: ready });
        const roster = fold.roster;
        const root = hints.root ?? (hints.focus === undefined ? undefined : claimedRoot(geneses, hints.focus));
        if (root !== undefined && roster.chapters.has(root)) hints.root = root;
        const tree = hints.root === undefined ? [] : subtreeOf(roster, hints.root).map((id) => roster.chapters.get(id)!.document);
        const found = tree.filter((document) => !chapters.has(document));
        for (const document of found) chapters.add(document);
        // Newly found documents already held here are read at once; the others, as they arrive.
        if (found.length > 0 && (await context.documents(found.map(request))).some((entry) => entry.state === "ready")) continue;
        const held = new Set(ready);
        const unfolded = tree.filter((document) => !held.has(document));
        return {
          url,
          state: "ready",
          root: hints.root,
          roster,
          fold,
          waiting: unfolded.length,
          unfolded,
          names: profiles.labels,
          profiles,
          profileCopies,
          revision: 0,
        };
      }
    },
  };
}
