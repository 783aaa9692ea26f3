/**
 * What currents give search (shared/routing/search-sources.ts): every current of the organisation
 * by its name and statement, as its list reads it (CU7: valid currents only; a statement hidden for
 * abuse gives its name only), in the background lane (HOME4).
 */
import type { Repo } from "@automerge/automerge-repo";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { SearchItem, SearchSource } from "../../shared/routing/search-sources.js";
import { useMemberSpace } from "../organisation/index.js";
import { currentsBase } from "./currents-query.js";
import { useCurrentsWorker, type CurrentsWorker } from "./currents-worker.js";
import { currentPath } from "./paths.js";

/** The organisation's currents, as search items (in no chapter: a current belongs to none). */
export async function readCurrentSearchItems(worker: Pick<CurrentsWorker, "currentsForSearch">, repo: Repo, { query, organisation }: HomeReadContext): Promise<SearchItem[]> {
  const request = await currentsBase(query, repo, organisation.url, organisation.roster);
  if (request === undefined) return [];
  const { currents } = await worker.currentsForSearch(request);
  const id = documentIdOf(organisation.url);
  return currents.map((current) => ({ key: current.id, kind: "current", chapter: null, title: current.name, text: current.hidden === null ? current.statement : "", href: currentPath.href({ organisation: id, current: current.id }), at: current.at }));
}

/** The currents' search source, registered by src/app/features.ts. */
export const currentSearchSources: readonly SearchSource[] = [
  {
    id: "currents",
    order: 90,
    kinds: ["current"],
    useReader() {
      const worker = useCurrentsWorker();
      const { space } = useMemberSpace();
      return (context) => (space === undefined ? Promise.resolve([]) : readCurrentSearchItems(worker, space.repo, context));
    },
  },
];
