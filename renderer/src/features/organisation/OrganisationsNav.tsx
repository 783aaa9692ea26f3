import type { ChapterId } from "@chapterhouse/crdt/records";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import { documentIdOf, documentUrlOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { RoutePlace } from "../../shared/routing/route.js";
import { Link } from "../../shared/ui/Link.js";
import { NavTree } from "../../shared/ui/NavTree.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import type { MemberSpace } from "./member-space.js";
import { navAncestorIds, organisationNavNodes } from "./organisation-nav-nodes.js";
import { chapterPath, homePath } from "./paths.js";
import { useMemberSpace } from "./use-member-space.js";
import { useOrganisationViews } from "./use-organisation-views.js";
import "./OrganisationsNav.css";

/**
 * The member's organisations and their chapters as a tree of links, the chapter on screen
 * marked and its ancestors opened; an organisation on screen that is not (yet) one of theirs
 * too. Nothing while the identity is locked.
 */
export function OrganisationsNav({ place }: { readonly place: RoutePlace }) {
  const { space } = useMemberSpace();
  return space === undefined ? null : <Organisations space={space} place={place} />;
}

function Organisations({ space, place }: { readonly space: MemberSpace; readonly place: RoutePlace }) {
  const t = useT("organisation");
  const { locale } = useFormat();
  const ids = useId();
  const home = useObservable(space.homeView);
  const entries = home.entries.organisations;
  const shown = place.organisation;
  const urls = useMemo(
    () => [...entries.map((entry) => entry.organisation), ...(shown === undefined || entries.some((entry) => documentIdOf(entry.organisation) === shown) ? [] : [documentUrlOf(shown)])],
    [entries, shown],
  );
  const views = useOrganisationViews(space, urls);
  const nodes = useMemo(() => {
    const collator = new Intl.Collator(locale);
    const organisations = urls.map((url, i) => {
      const entry = entries.find((e) => e.organisation === url);
      return { id: documentIdOf(url), name: entry?.name ?? "", root: views[i]?.root ?? entry?.root, roster: views[i]?.fold === undefined ? undefined : views[i]?.roster };
    });
    return organisationNavNodes(
      organisations.filter((o) => o.name !== "" || o.roster?.chapters.has(o.root as ChapterId) === true),
      (a, b) => collator.compare(a, b),
    );
  }, [urls, entries, views, locale]);

  // The member's own expanding, plus each organisation as it first appears (its chapters
  // show) and the ancestors of each chapter shown since (a chapter reached by a link opens its
  // place in the tree); nothing the member opened or closed changes otherwise.
  const [expanded, setExpanded] = useState<readonly string[]>([]);
  const open = (ids: readonly string[]) => setExpanded((current) => [...new Set([...current, ...ids])]);
  const seen = useRef(new Set<string>());
  const tops = nodes.map((node) => node.id).join(" ");
  useEffect(() => {
    const fresh = tops.split(" ").filter((id) => id !== "" && !seen.current.has(id));
    for (const id of fresh) seen.current.add(id);
    if (fresh.length > 0) open(fresh);
  }, [tops]);
  const chapter = place.chapter as ChapterId | undefined;
  const roster = views[urls.findIndex((url) => documentIdOf(url) === shown)]?.roster;
  const ancestors = shown === undefined || chapter === undefined || roster === undefined ? [] : navAncestorIds(shown, roster, chapter);
  const ancestorsKey = ancestors.join(" ");
  useEffect(() => {
    if (ancestorsKey !== "") open(ancestorsKey.split(" "));
  }, [ancestorsKey]);

  return (
    <nav className="organisations-nav" aria-labelledby={`${ids}-title`}>
      <p id={`${ids}-title`} className="organisations-nav-title">
        {t("nav.title")}
      </p>
      {!home.loaded ? (
        <Skeleton lines={2} />
      ) : nodes.length === 0 ? (
        <p className="organisations-nav-empty">
          {t("nav.none")}{" "}
          <Link href={homePath.href()}>{t("nav.startOrJoin")}</Link>
        </p>
      ) : (
        <NavTree
          label={t("nav.title")}
          nodes={nodes}
          {...(shown === undefined || chapter === undefined ? {} : { currentHref: chapterPath.href({ organisation: shown, chapter }) })}
          expandedIds={expanded}
          onExpandedChange={setExpanded}
        />
      )}
    </nav>
  );
}
