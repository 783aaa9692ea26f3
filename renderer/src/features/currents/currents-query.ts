/**
 * The organisation's currents and, for a current's page, its discussion's newest pages
 * (PROTOCOL.md CU5, CU7): the currents from the organisation's Currents document (CU1), found from
 * its root and opened with the shared genesis, so a device founding one offline shares its maps;
 * a discussion paged as a room (CH9.5). Read again whenever any document it rests on changes.
 */
import type { Repo } from "@automerge/automerge-repo";
import { currentsDocumentUrl, currentsGenesis } from "@chapterhouse/crdt/currents";
import { CHAPTER_DOCUMENT, CURRENTS_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { ChapterId, DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import type { Roster } from "@chapterhouse/crdt/membership";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { DocumentRequest } from "../../shared/documents/followed-document.js";
import { Pending, type QueryContext, type QuerySpec } from "../../shared/documents/live-query.js";
import { openWithGenesis } from "../../shared/documents/open-with-genesis.js";
import { followModerationLog, followNewestPages } from "../chat/index.js";
import type { OpenOrganisation } from "../organisation/index.js";
import type { CurrentsWorker } from "./currents-worker.js";
import type { CurrentAnswer, CurrentsAnswer, CurrentsRequest } from "./worker-handlers.js";

/** How many posts of a current's discussion a first screen shows (CH9.5). */
export const FIRST_SCREEN = 50;

/** The currents and where their document is (written to by the actions). */
export interface CurrentsValue extends CurrentsAnswer {
  readonly root: ChapterId;
  readonly document: DocumentUrl | undefined;
}

/** What a current's page shows: the worker's answer, and the pages followed, as chat's room screen has them. */
export interface CurrentValue extends CurrentAnswer {
  readonly root: ChapterId;
  readonly document: DocumentUrl | undefined;
  readonly pages: ReadonlyMap<number, DocumentUrl>;
  /** The root chapter's moderation log (MOD1), where hides and reports of the discussion are copied (CU6); undefined when not held. */
  readonly log: DocumentUrl | undefined;
  /** The lowest page whose messages show: 0 when the discussion is shown from its start. */
  readonly from: number;
}

/** The organisation's root (M4.2): the one chapter without a parent. */
export function rootOf(roster: Roster): ChapterId | undefined {
  const roots = [...roster.chapters.values()].filter((chapter) => chapter.parent === null);
  return roots.length === 1 ? roots[0]!.id : undefined;
}

/** The document layer's request to follow the Currents document of `root`, announced in `scope` (CU1.2: opened with its genesis). */
export function currentsRequest(repo: Repo, root: ChapterId, scope: DocumentUrl): DocumentRequest {
  const url = currentsDocumentUrl(root);
  return { url, type: CURRENTS_DOCUMENT, scope, find: () => openWithGenesis(repo, documentIdOf(url), currentsGenesis()) };
}

/** The organisation's documents held, its root, and its Currents document when held. */
export async function currentsBase(context: QueryContext, repo: Repo, scope: DocumentUrl, roster: Roster): Promise<CurrentsRequest | undefined> {
  const root = rootOf(roster);
  if (root === undefined) return undefined;
  const chapters = [...roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
  const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters, currentsRequest(repo, root, scope)]);
  const ready = held.filter((entry) => entry.state === "ready").map((entry) => entry.url);
  const currents = currentsDocumentUrl(root);
  return { organisation: scope, chapters: ready.filter((url) => url !== scope && url !== currents), root, currents: ready.filter((url) => url === currents) };
}

async function base(context: QueryContext, repo: Repo, organisation: OpenOrganisation): Promise<CurrentsRequest> {
  const view = context.depend(organisation.query).value;
  if (view?.state !== "ready") throw new Pending(organisation.url);
  const request = await currentsBase(context, repo, organisation.url, view.roster);
  if (request === undefined) throw new Pending(organisation.url);
  return request;
}

/** The query of the organisation's currents. */
export function currentsQuery(worker: CurrentsWorker, repo: Repo, organisation: OpenOrganisation): QuerySpec<CurrentsValue> {
  return {
    key: `currents ${organisation.url}`,
    async read(context) {
      const request = await base(context, repo, organisation);
      return { ...(await worker.readCurrents(request)), root: request.root, document: request.currents[0] };
    },
  };
}

/** The query of `current` and its discussion's newest pages holding `wanted` posts. */
export function currentQuery(worker: CurrentsWorker, repo: Repo, organisation: OpenOrganisation, current: RecordId, wanted: number): QuerySpec<CurrentValue> {
  return {
    key: `current ${organisation.url} ${current} ${wanted}`,
    async read(context) {
      const request = await base(context, repo, organisation);
      const { answer, pages, from } = await followNewestPages(context, repo, current, organisation.url, wanted, (held, from) => worker.readCurrent({ ...request, current, pages: [...held], from }));
      return { ...answer, root: request.root, document: request.currents[0], pages, from, log: await followModerationLog(context, repo, request.root, organisation.url) };
    },
  };
}
