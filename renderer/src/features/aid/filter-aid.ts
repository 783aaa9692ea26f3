import { aidPlaceDegrees, type AidCategory, type AidPost, type Degrees } from "@chapterhouse/crdt/aid";
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { distanceKm } from "../../shared/ui/distance-km.js";

/** What the board shows (PROTOCOL.md AID5.3: filtering is the reader's); null shows all. */
export interface AidFilters {
  readonly chapter: ChapterId | null;
  readonly level: string | null;
  readonly kind: AidPost["kind"] | null;
  readonly category: AidCategory | null;
  /** Only this member's own offers and requests (their page of what they offered and asked). */
  readonly mine: MemberKey | null;
  /** Met ones too. */
  readonly met: boolean;
  /** Only posts whose point is within `km` of `point` (AID5.3); a post with no point is outside. */
  readonly near: { readonly point: Degrees; readonly km: number } | null;
}

/** Whether `post`'s snapped point (AID2.3) is within `near`. */
function within(post: AidPost, near: NonNullable<AidFilters["near"]>): boolean {
  const at = aidPlaceDegrees(post.body.place);
  return at !== null && distanceKm(near.point, at) <= near.km;
}

/** Who reads the board: a post for a chapter's members (AID2.1 `for`) shows only to members of that chapter. */
export interface AidReader {
  readonly memberOf: ReadonlySet<ChapterId>;
}

/** The posts `filters` let through for `reader`, in the board's order. Never throws. */
export function filterAid(posts: readonly AidPost[], filters: AidFilters, reader: AidReader): AidPost[] {
  return posts.filter(
    (post) =>
      (post.body.for === "organisation" || reader.memberOf.has(post.chapter)) &&
      (filters.chapter === null || post.chapter === filters.chapter) &&
      (filters.level === null || post.level === filters.level) &&
      (filters.kind === null || post.kind === filters.kind) &&
      (filters.category === null || post.body.category === filters.category) &&
      (filters.mine === null || post.author === filters.mine) &&
      (filters.met || post.met === null) &&
      (filters.near === null || within(post, filters.near)),
  );
}
