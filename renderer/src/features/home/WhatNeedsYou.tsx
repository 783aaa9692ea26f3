import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useId, useMemo } from "react";
import { useQueries } from "../../shared/documents/use-queries.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { homeItems, type HomeGroup, type HomeItemsProvider } from "../../shared/routing/home-items.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { chapterPath, type MemberSpace } from "../organisation/index.js";
import { homeItemsQuery, type GroupReader } from "./home-items-query.js";
import { sortHomeItems, type PlacedItem } from "./sort-home-items.js";

/**
 * Every provider's items across the member's organisations (one live query each), grouped in the
 * registry's order and sorted by the group's rule; empty groups are left out.
 */
export function WhatNeedsYou({ space, organisations, since }: { readonly space: MemberSpace; readonly organisations: readonly DocumentUrl[]; readonly since: number | undefined }) {
  const t = useT("home");
  const providers = homeItems.all();
  // The registry is filled once at start-up, so every render calls the same hooks in the same order.
  const readers: GroupReader[] = providers.map((provider) => ({ group: provider.id, read: provider.useReader() }));
  const specs = useMemo(
    () => organisations.map((url) => homeItemsQuery(readers, { organisation: space.organisation(url), member: space.member.key, since, now: Date.now })),
    // The readers are bound to services that live as long as the app: the organisations and the visit name the queries.
    [space, organisations.join(" "), since],
  );
  const states = useQueries(specs);
  if (states.some((state) => state.value === undefined && state.status === "loading")) return <Skeleton />;
  const groups = providers
    .map((provider) => ({ provider, items: sortHomeItems(states.flatMap((state) => state.value?.find((group) => group.group === provider.id)?.items ?? []), provider.sort) }))
    .filter((group) => group.items.length > 0);
  if (groups.length === 0) return <EmptyState title={t("nothingTitle")} description={t("nothingText")} />;
  return (
    <>
      {groups.map(({ provider, items }) => (
        <HomeGroupList key={provider.id} provider={provider} items={items} />
      ))}
    </>
  );
}

function HomeGroupList({ provider, items }: { readonly provider: HomeItemsProvider; readonly items: readonly PlacedItem[] }) {
  const t = useT("home");
  const format = useFormat();
  const heading = useId();
  const group: HomeGroup = provider.id;
  const now = Date.now();
  return (
    <section className="home-group" aria-labelledby={heading}>
      <h2 id={heading}>{t(`groups.${group}.title`)}</h2>
      <ul className="home-items">
        {items.map((item) => (
          <li key={`${item.organisation} ${item.key}`} className="home-item">
            <Link href={item.href} variant="standalone">
              {item.title}
            </Link>
            <span className="home-when">{t(`groups.${group}.when`, { when: format.relative(item.at, now) })}</span>
            <ol className="home-place" aria-label={t("place")}>
              {item.place.map((step) => (
                <li key={step.id}>
                  <Link href={chapterPath.href({ organisation: item.organisation, chapter: step.id })}>{step.name}</Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
