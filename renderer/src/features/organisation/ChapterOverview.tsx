import { memberGrant, subtreeOf, type ChapterRoster, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useId } from "react";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { useText } from "../../shared/i18n/text-key.js";
import { chapterSections } from "../../shared/routing/chapter-sections.js";
import { useShownSections } from "../../shared/routing/shown-sections.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { levelsBelow } from "./found-chapter.js";
import type { MemberSpace } from "./member-space.js";
import type { OrganisationView } from "./organisation-query.js";
import { chapterPath, chapterSectionPath, foundChapterPath, MEMBERS_SECTION } from "./paths.js";
import { formatPlace } from "./place-input.js";
import "./chapter.css";

/**
 * A chapter's overview: what it is (where it meets, how people join, how many members), its
 * sub-chapters and how to found one, the pages other features give it, and its ids in the details.
 */
export function ChapterOverview({
  space,
  organisation,
  view,
  chapter,
}: {
  readonly space: MemberSpace;
  readonly organisation: string;
  readonly view: OrganisationView;
  readonly chapter: ChapterRoster;
}) {
  const t = useT("organisation");
  const text = useText();
  const format = useFormat();
  const ids = useId();
  const { roster } = view;
  const isMember = memberGrant(roster, chapter.id, space.member.key) !== undefined;
  const canFound = isMember && levelsBelow(chapter.level).length > 0;
  const children = chapter.children.flatMap((id) => roster.chapters.get(id) ?? []);
  const members = membersInSubtree(roster, chapter.id);
  const shows = useShownSections({ organisation, chapter: chapter.id });
  // SITE1.5: the links of the sections the chapter chose to show.
  const links = chapterSections.all().flatMap((s) => ("href" in s && shows(s.id) ? [s] : []));
  const found = (
    <Link href={foundChapterPath.href({ organisation, parent: chapter.id })} variant="standalone">
      {t("overview.found")}
    </Link>
  );
  return (
    <div className="chapter-overview">
      <DataList
        items={[
          ...(chapter.place === null ? [] : [{ id: "place", term: t("overview.place"), details: formatPlace(chapter.place) }]),
          { id: "joining", term: t("overview.joining"), details: <AdmissionText chapter={chapter} /> },
          {
            id: "members",
            term: t("overview.members"),
            details: (
              <Link href={chapterSectionPath.href({ organisation, chapter: chapter.id, section: MEMBERS_SECTION })}>
                {t("overview.memberCount", { count: members, number: format.count(members) })}
              </Link>
            ),
          },
        ]}
      />
      <section aria-labelledby={`${ids}-sub`}>
        <h2 id={`${ids}-sub`}>{t("overview.subChapters")}</h2>
        {children.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title={t("overview.noSubChapters")}
            description={canFound ? t("overview.noSubChaptersMember") : t("overview.noSubChaptersOther")}
            {...(canFound ? { action: found } : {})}
          />
        ) : (
          <>
            <ul className="chapter-list" aria-label={t("overview.subChapters")}>
              {children.map((child) => {
                const count = membersInSubtree(roster, child.id);
                return (
                  <li key={child.id}>
                    <Link href={chapterPath.href({ organisation, chapter: child.id })} variant="standalone">
                      {child.name}
                    </Link>
                    <span className="chapter-muted">
                      {t(`level.${child.level}`)} · {t("overview.memberCount", { count, number: format.count(count) })}
                    </span>
                  </li>
                );
              })}
            </ul>
            {canFound ? <p>{found}</p> : null}
          </>
        )}
      </section>
      {links.length === 0 ? null : (
        <ul className="chapter-links">
          {links.map((link) => (
            <li key={link.id}>
              <Link href={link.href({ organisation, chapter: chapter.id })} variant="standalone">
                {text(link.title)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Disclosure title={t("overview.technical")} headingLevel={2}>
        <DataList
          items={[
            { id: "chapter", term: t("overview.chapterId"), details: <code>{chapter.id}</code> },
            { id: "document", term: t("overview.chapterDocument"), details: <code>{documentIdOf(chapter.document)}</code> },
            { id: "organisation", term: t("overview.organisationDocument"), details: <code>{organisation}</code> },
          ]}
        />
      </Disclosure>
    </div>
  );
}

/** How people join the chapter, in one sentence (PROTOCOL.md M6: sponsors, a facilitator's countersignature, or an invite). */
function AdmissionText({ chapter }: { readonly chapter: ChapterRoster }) {
  const t = useT("organisation");
  const { sponsors, countersign } = chapter.admission;
  if (sponsors === 0) return <>{countersign ? t("admission.openApproved") : t("admission.open")}</>;
  return <>{countersign ? t("admission.sponsorsApproved", { count: sponsors }) : t("admission.sponsors", { count: sponsors })}</>;
}

/** How many members the chapter and the chapters under it have, each counted once. */
function membersInSubtree(roster: Roster, chapter: ChapterId): number {
  const keys = new Set<string>();
  for (const id of subtreeOf(roster, chapter)) for (const key of roster.chapters.get(id)?.members.keys() ?? []) keys.add(key);
  return keys.size;
}
