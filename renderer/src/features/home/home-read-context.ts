import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { Pending, type QueryContext } from "../../shared/documents/live-query.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { chaptersOf } from "./chapters-of.js";

/**
 * What a provider's read is given in `organisation` (the home's items, the notifications): the
 * organisation's live query (its roster and fold, computed once per change in the worker) and its
 * Chapter documents, followed by `query`. Null when the organisation is unavailable.
 * A Chapter document the roster was folded without, held now (it arrived: after a reload, from the
 * device's storage), means the roster is about to change — the member's own admission may be in
 * it — so the read waits for the organisation's next read instead of asking every provider about
 * none of the member's chapters (issue 10: each such read ran in full, in the worker's background
 * lane, before the one naming them could start).
 * @throws {Pending} while the organisation is loading, or its roster is behind its documents (the
 *   live query reads again once the organisation's query has read).
 */
export async function homeReadContext<S extends number | undefined>(
  query: QueryContext,
  organisation: OpenOrganisation,
  member: MemberKey,
  since: S,
  now: number,
): Promise<(HomeReadContext & { readonly since: S }) | null> {
  const scope = organisation.url;
  const state = query.depend(organisation.query);
  const view = state.value;
  if (view?.state === "unavailable") return null;
  if (view?.state !== "ready" || view.fold === undefined) throw new Pending(scope);
  const { roster, fold } = view;
  const requests = [...roster.chapters.values()].map((chapter) => ({ url: chapter.document, type: CHAPTER_DOCUMENT, scope }));
  const held = await query.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...requests]);
  const chapters = held.slice(1).filter((entry) => entry.state === "ready").map((entry) => entry.url);
  // An organisation whose last read failed reads again only when something changes: its roster is shown as it is.
  const unfolded = new Set(view.unfolded);
  if (state.status !== "error" && chapters.some((url) => unfolded.has(url))) throw new Pending(scope);
  return { query, organisation: { url: scope, roster, fold, chapters }, mine: chaptersOf(roster, member), member, since, now };
}
