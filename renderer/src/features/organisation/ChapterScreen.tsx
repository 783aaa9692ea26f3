import type { ChapterId } from "@chapterhouse/crdt/records";
import type { ReactNode } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { useText } from "../../shared/i18n/text-key.js";
import { chapterSections } from "../../shared/routing/chapter-sections.js";
import { useShownSections } from "../../shared/routing/shown-sections.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { RouteTabs } from "../../shared/ui/RouteTabs.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { ChapterOverview } from "./ChapterOverview.js";
import type { MemberSpace } from "./member-space.js";
import { organisationPendingState } from "./organisation-pending.js";
import { OrganisationPending } from "./OrganisationPending.js";
import { chapterPath, chapterSectionPath, homePath, OVERVIEW } from "./paths.js";
import { RequireUnlocked } from "./RequireUnlocked.js";
import { useOrganisation } from "./use-organisation.js";
import "./chapter.css";

/** The place a chapter page shows, and which of its sections. */
interface ChapterPageProps {
  readonly organisation: string;
  readonly chapter: string;
  /** OVERVIEW, or the id of a section registered with content. */
  readonly section: string;
}

/**
 * A chapter's page: its name and level, then its sections as tabs that are addresses — the
 * overview (what the chapter is, its sub-chapters), then what features register (proposals and
 * votes, members, and the later ones), each its own view.
 */
export function ChapterScreen({ organisation, chapter, section }: ChapterPageProps) {
  const t = useT("organisation");
  return (
    <RequireUnlocked title={t("chapter.title")}>
      {(space) => <Chapter space={space} organisation={organisation} chapter={chapter as ChapterId} section={section} />}
    </RequireUnlocked>
  );
}

function Chapter({ space, organisation, chapter, section }: Omit<ChapterPageProps, "chapter"> & { readonly space: MemberSpace; readonly chapter: ChapterId }) {
  const t = useT("organisation");
  const { session, view } = useOrganisation(space, organisation, chapter);
  const pending = organisationPendingState(view);
  if (pending !== undefined || view === undefined || session === undefined) {
    return (
      <>
        <PageHeading>{t("chapter.title")}</PageHeading>
        <OrganisationPending state={pending ?? "opening"} />
      </>
    );
  }
  const current = view.roster.chapters.get(chapter);
  if (current === undefined) {
    return (
      <>
        <PageHeading>{t("chapter.title")}</PageHeading>
        {view.waiting > 0 ? (
          <>
            <p>{t("chapter.arriving")}</p>
            <Skeleton />
          </>
        ) : (
          <EmptyState
            title={t("chapter.unknownTitle")}
            description={t("chapter.unknownText")}
            action={
              <Link href={homePath.href()} variant="standalone">
                {t("chapter.toOrganisations")}
              </Link>
            }
          />
        )}
      </>
    );
  }
  const shown = contentSections().find((s) => s.id === section);
  return (
    <div className="chapter">
      <PageHeading focusKey={chapter}>{current.name}</PageHeading>
      <p className="chapter-level">
        <StatusPill tone="info">{t(`level.${current.level}`)}</StatusPill>
      </p>
      {view.waiting > 0 ? (
        <p className="chapter-notice" role="status">
          {t("chapter.receiving", { count: view.waiting })}
        </p>
      ) : null}
      <ChapterTabs organisation={organisation} chapter={chapter} section={shown?.id ?? OVERVIEW}>
        {shown === undefined ? (
          <ChapterOverview space={space} organisation={organisation} view={view} chapter={current} />
        ) : (
          <shown.Content organisation={organisation} chapter={chapter} />
        )}
      </ChapterTabs>
    </div>
  );
}

/** The sections registered with content of their own: the chapter page's tabs after its overview. */
const contentSections = () => chapterSections.all().flatMap((s) => ("Content" in s ? [s] : []));

/**
 * The chapter's tabs: those of the sections it shows (SITE1.5), and the one shown, which a hidden
 * section reached by its address still has, saying so. Its own component, given the section's
 * content made by its parent, so that learning which sections are shown never renders that content again.
 */
function ChapterTabs({
  organisation,
  chapter,
  section,
  children,
}: {
  readonly organisation: string;
  readonly chapter: ChapterId;
  /** OVERVIEW, or the id of the section shown. */
  readonly section: string;
  readonly children: ReactNode;
}) {
  const t = useT("organisation");
  const text = useText();
  const shows = useShownSections({ organisation, chapter });
  const sections = contentSections();
  const tabs = [
    { id: OVERVIEW, label: t("chapter.overview"), href: chapterPath.href({ organisation, chapter }) },
    ...sections
      .filter((s) => s.id === section || shows(s.id))
      .map((s) => ({ id: s.id, label: text(s.title), href: chapterSectionPath.href({ organisation, chapter, section: s.id }) })),
  ];
  return (
    <RouteTabs label={t("chapter.sections")} tabs={tabs} selectedId={section}>
      {section === OVERVIEW || shows(section) ? null : (
        <p className="chapter-notice" role="note">
          {t("chapter.hiddenSection")}
        </p>
      )}
      {children}
    </RouteTabs>
  );
}
