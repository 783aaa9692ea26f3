import { useEffect, useId, useMemo, useState } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import { useQueries } from "../../shared/documents/use-queries.js";
import { useT } from "../../shared/i18n/use-t.js";
import { searchSources } from "../../shared/routing/search-sources.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { TextField } from "../../shared/ui/TextField.js";
import { placeOf } from "../home/index.js";
import { RequireUnlocked, type MemberSpace } from "../organisation/index.js";
import { searchItemsQuery, type IndexedItems } from "./search-items-query.js";
import type { SearchGroup } from "./search-index.js";
import { useSearchWorker, type SearchWorker } from "./search-worker.js";
import "./search.css";

/** How long typing pauses before the search runs. */
const TYPING_MS = 150;

/** A group of results with the name of its chapter. */
interface PlacedGroup extends SearchGroup {
  readonly id: string;
  readonly chapterName: string;
}

/** Search over everything on this device the member can read (issue 12 item 8): results grouped by kind and chapter. */
export function SearchScreen() {
  const t = useT("search");
  return <RequireUnlocked title={t("title")}>{(space) => <Search space={space} />}</RequireUnlocked>;
}

function Search({ space }: { readonly space: MemberSpace }) {
  const t = useT("search");
  const worker = useSearchWorker();
  const home = useObservable(space.homeView);
  const organisations = home.entries.organisations.map((entry) => entry.organisation);
  // The registry is filled once at start-up, so every render calls the same hooks in the same order.
  const readers = searchSources.all().map((source) => source.useReader());
  const specs = useMemo(
    () => organisations.map((url) => searchItemsQuery(readers, worker, space.organisation(url), space.member.key, Date.now)),
    // The readers are bound to services that live as long as the app: the organisations name the queries.
    [space, worker, organisations.join(" ")],
  );
  const states = useQueries(specs);
  const ids = useId();
  const [text, setText] = useState("");
  const [groups, setGroups] = useState<readonly PlacedGroup[] | undefined>(undefined);
  const indexed = states.flatMap((state, i) => (state.value === undefined ? [] : [{ indexed: state.value, organisation: organisations[i]! }]));
  const version = indexed.map(({ indexed }) => indexed.key).join(" ");
  useEffect(() => {
    let shown = true;
    const timer = setTimeout(() => {
      void Promise.all(
        indexed.map(async ({ indexed, organisation }) => {
          const found = await find(worker, indexed, text);
          const { roster } = space.organisation(organisation).view.get();
          return found.map((group) => ({ ...group, id: `${organisation} ${group.kind} ${group.chapter ?? ""}`, chapterName: group.chapter === null ? "" : (placeOf(roster, group.chapter).at(-1)?.name ?? "") }));
        }),
      ).then((all) => {
        if (shown) setGroups(all.flat());
      });
    }, TYPING_MS);
    return () => {
      shown = false;
      clearTimeout(timer);
    };
  }, [worker, space, text, version]);
  const loading = states.some((state) => state.value === undefined);
  const blank = text.trim().length === 0;
  return (
    <div className="search-screen">
      <PageHeading>{t("title")}</PageHeading>
      <div role="search">
        <TextField label={t("field")} description={t("hint")} type="search" value={text} onChange={setText} autoFocus />
      </div>
      <p className="search-status" role="status">
        {loading ? t("indexing") : blank ? "" : groups === undefined ? "" : t("found", { count: groups.reduce((sum, group) => sum + group.hits.length, 0) })}
      </p>
      {blank ? (
        <EmptyState title={t("empty.title")} description={t("empty.description")} />
      ) : groups !== undefined && groups.length === 0 && !loading ? (
        <EmptyState title={t("none.title", { text: text.trim() })} description={t("none.description")} />
      ) : (
        (groups ?? []).map((group, i) => (
          <section key={group.id} className="search-group" aria-labelledby={`${ids}-${i}`}>
            <h2 id={`${ids}-${i}`}>{group.chapterName === "" ? t(`kinds.${group.kind}`, { defaultValue: group.kind }) : t("groupIn", { kind: t(`kinds.${group.kind}`, { defaultValue: group.kind }), chapter: group.chapterName })}</h2>
            <ul>
              {group.hits.map((hit) => (
                <li key={hit.key}>
                  <Link href={hit.href}>{hit.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

/** What `text` finds in `indexed`, indexing its items again if the worker dropped them. */
async function find(worker: SearchWorker, indexed: IndexedItems, text: string): Promise<SearchGroup[]> {
  if (text.trim().length === 0 || indexed.items.length === 0) return [];
  const found = await worker.searchFind({ key: indexed.key, query: text });
  if (found !== null) return found;
  await worker.searchIndexItems({ key: indexed.key, items: indexed.items });
  return (await worker.searchFind({ key: indexed.key, query: text })) ?? [];
}
