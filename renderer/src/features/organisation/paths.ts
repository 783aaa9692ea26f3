import { queryPath, routePath } from "../../shared/routing/route-path.js";

/** The start: the member's organisations. */
export const homePath = routePath("/");
export const startOrganisationPath = routePath("/organisations/new");
/** An organisation by its Organisation document's id (it shows its root chapter). */
export const organisationPath = routePath("/org/:organisation");
export const chapterPath = routePath("/org/:organisation/chapter/:chapter");
/** Founding a sub-chapter of `parent`. */
export const foundChapterPath = routePath("/org/:organisation/chapter/:parent/new");
/** Joining with an invite: `query` is the invite (see invite-link.ts), without the `?`. */
export const joinPath = queryPath(
  "/join",
  (query) => ({ query }),
  ({ query }: { readonly query: string }) => query,
);
