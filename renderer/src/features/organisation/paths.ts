import { chapterSections } from "../../shared/routing/chapter-sections.js";
import { queryPath, routePath, type PathParams, type RoutePath } from "../../shared/routing/route-path.js";

/** The start: the member's organisations. */
export const homePath = routePath("/");
export const startOrganisationPath = routePath("/organisations/new");
/** An organisation by its Organisation document's id (it shows its root chapter). */
export const organisationPath = routePath("/org/:organisation");
/** A chapter's page: its overview, the first of its sections. */
export const chapterPath = routePath("/org/:organisation/chapter/:chapter");
/** The overview's id among the chapter page's sections (the others are registered, chapter-sections.ts). */
export const OVERVIEW = "overview";
/** The members section's id (its address: the chapter's, then `/members`). */
export const MEMBERS_SECTION = "members";

const sectionPath = routePath("/org/:organisation/chapter/:chapter/:section");
/**
 * Another section of a chapter's page (`…/members`, `…/proposals`): only the ids of sections
 * registered with content (chapter-sections.ts), so the addresses other features own under a
 * chapter (`…/decisions`, `…/proposals/new`) stay theirs.
 */
export const chapterSectionPath: RoutePath<PathParams<"/org/:organisation/chapter/:chapter/:section">> = {
  ...sectionPath,
  match(path, query) {
    const params = sectionPath.match(path, query);
    return params !== undefined && chapterSections.all().some((section) => section.id === params.section && "Content" in section) ? params : undefined;
  },
};
/** Founding a sub-chapter of `parent`. */
export const foundChapterPath = routePath("/org/:organisation/chapter/:parent/new");
/** Joining with an invite: `query` is the invite (see invite-link.ts), without the `?`. */
export const joinPath = queryPath(
  "/join",
  (query) => ({ query }),
  ({ query }: { readonly query: string }) => query,
);
