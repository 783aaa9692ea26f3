import type { ChapterId } from "@chapterhouse/crdt/records";
import type { RoutePlace } from "../../shared/routing/route.js";
import { Breadcrumbs } from "../../shared/ui/Breadcrumbs.js";
import { ancestorsOf } from "@chapterhouse/crdt/membership";
import type { MemberSpace } from "./member-space.js";
import { chapterPath, chapterSectionPath } from "./paths.js";
import { useMemberSpace } from "./use-member-space.js";
import { useOrganisation } from "./use-organisation.js";

/**
 * Where the page is in the chapter tree, above its content: the international chapter down to
 * the chapter the page shows (the chapter's own pages end on it; a page below a chapter, such as
 * a proposal, links up to it). Pages with no place in the tree have none, nor has the
 * international chapter's own page (nothing is above it).
 * @param pattern the pattern of the route shown.
 */
export function Breadcrumb({ place, pattern }: { readonly place: RoutePlace; readonly pattern: string | undefined }) {
  const { space } = useMemberSpace();
  const { organisation, chapter } = place;
  if (organisation === undefined || chapter === undefined || space === undefined) return null;
  const onChapterPage = pattern === chapterPath.pattern || pattern === chapterSectionPath.pattern;
  return <ChapterPath space={space} organisation={organisation} chapter={chapter as ChapterId} onChapterPage={onChapterPage} />;
}

function ChapterPath({
  space,
  organisation,
  chapter,
  onChapterPage,
}: {
  readonly space: MemberSpace;
  readonly organisation: string;
  readonly chapter: ChapterId;
  readonly onChapterPage: boolean;
}) {
  const { view } = useOrganisation(space, organisation);
  const roster = view?.roster;
  if (roster === undefined || !roster.chapters.has(chapter)) return null;
  const crumbs = ancestorsOf(roster, chapter)
    .reverse()
    .map((id) => ({ id, label: roster.chapters.get(id)!.name, href: chapterPath.href({ organisation, chapter: id }) }));
  // An organisation's own page has no path above it to show.
  if (onChapterPage && crumbs.length === 1) return null;
  return <Breadcrumbs crumbs={crumbs} lastIsCurrent={onChapterPage} />;
}
