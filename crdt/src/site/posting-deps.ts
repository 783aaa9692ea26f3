/**
 * What a member cites to post where the chapter's setting lets them (PROTOCOL.md SITE2), read from
 * the roster the organisation's fold produced: what the app puts in a post's or topic's draft so
 * that the judge accepts it.
 */
import { roleDeps, roomMemberDeps } from "../chat/room-deps.js";
import { memberGrant } from "../membership/authority-deps.js";
import type { Roster } from "../membership/roster.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { Audience } from "./site-body.js";

/**
 * The deps `me` cites to post in `chapter` for `audience`: a grant in it or below (members), a
 * holding of the role over it and a grant (a role), a grant in the organisation's root chapter or
 * below (organisation); undefined when they may not. Never throws.
 */
export function postingDeps(
  roster: Roster,
  chapter: ChapterId,
  me: MemberKey,
  audience: Audience,
): RecordId[] | undefined {
  if (audience === "members") return roomMemberDeps(roster, { chapter, access: "subtree", members: [] }, me);
  if (audience !== "organisation") return roleDeps(roster, chapter, me, audience.slice("role:".length));
  let root = roster.chapters.get(chapter);
  while (root?.parent != null) root = roster.chapters.get(root.parent);
  const grant = root === undefined ? undefined : memberGrant(roster, root.id, me);
  return grant === undefined ? undefined : [grant];
}
