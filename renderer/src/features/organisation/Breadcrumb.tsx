import type { ChapterId, ChapterRoster, Roster } from "@chapterhouse/crdt";
import { useMemberSpace } from "./use-member-space.js";
import { useOrganisation } from "./use-organisation.js";
import { ancestorsOf } from "@chapterhouse/crdt";
import type { MemberSpace } from "./member-space.js";
import { chapterPath } from "./paths.js";
import type { RoutePlace } from "../../shared/routing/route.js";
import { LEVEL_LABEL } from "./level-label.js";

/**
 * Where the member is in the chapter tree, above a chapter's screens: international > country >
 * region > city > neighbourhood, each level a link with a drop-down of the other chapters at that
 * level (its siblings); after the path, apart from it, a "Sub-chapters" menu button. Drop-downs are
 * disclosure widgets (`details`/`summary`): reachable with Tab, opened with Enter or Space. Other
 * screens have no place in the tree (their route names no chapter), and no breadcrumb.
 */
export function Breadcrumb({ place }: { readonly place: RoutePlace }) {
  const { space } = useMemberSpace();
  const { organisation, chapter } = place;
  if (organisation === undefined || chapter === undefined || space === undefined) return null;
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ChapterPath space={space} organisation={organisation} chapter={chapter as ChapterId} />
    </nav>
  );
}

function ChapterPath({
  space,
  organisation,
  chapter,
}: {
  readonly space: MemberSpace;
  readonly organisation: string;
  readonly chapter: ChapterId;
}) {
  const { view } = useOrganisation(space, organisation);
  const roster = view?.roster;
  const path = roster === undefined ? [] : ancestorsOf(roster, chapter).reverse();
  if (roster === undefined || path.length === 0) {
    return (
      <ol>
        <li aria-current="location">Opening…</li>
      </ol>
    );
  }
  const current = roster.chapters.get(chapter)!;
  const children = current.children.map((id) => roster.chapters.get(id)!);
  // Keyed by the chapter, so an open drop-down closes once its link was followed.
  return (
    <div className="breadcrumb-row" key={chapter}>
      <ol>
        {path.map((id) => {
          const c = roster.chapters.get(id)!;
          const siblings = siblingsOf(roster, c);
          return (
            <li key={id} aria-current={id === chapter ? "location" : undefined}>
              <a
                href={chapterPath.href({ organisation, chapter: id })}
                title={LEVEL_LABEL[c.level]}
              >
                {c.name}
              </a>
              {siblings.length > 0 ? (
                <ChapterMenu
                  label={`Other ${LEVEL_LABEL[c.level].toLowerCase()} chapters`}
                  organisation={organisation}
                  chapters={siblings}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      {children.length > 0 ? (
        <ChapterMenu
          label={`Sub-chapters of ${current.name}`}
          organisation={organisation}
          chapters={children}
          text="Sub-chapters"
        />
      ) : null}
    </div>
  );
}

function siblingsOf(roster: Roster, chapter: ChapterRoster): ChapterRoster[] {
  if (chapter.parent === null) return [];
  const parent = roster.chapters.get(chapter.parent);
  return (parent?.children ?? []).filter((id) => id !== chapter.id).map((id) => roster.chapters.get(id)!);
}

function ChapterMenu({
  label,
  organisation,
  chapters,
  text,
}: {
  readonly label: string;
  readonly organisation: string;
  readonly chapters: readonly ChapterRoster[];
  readonly text?: string;
}) {
  return (
    <details className={text === undefined ? "crumb-menu" : "crumb-menu crumb-menu-button"}>
      <summary aria-label={label}>
        {text === undefined ? (
          "▾"
        ) : (
          <>
            {text} <span aria-hidden="true">▾</span>
          </>
        )}
      </summary>
      <ul>
        {chapters.map((c) => (
          <li key={c.id}>
            <a href={chapterPath.href({ organisation, chapter: c.id })}>
              {c.name} <span className="muted">({LEVEL_LABEL[c.level]})</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
