/**
 * Who may post where (PROTOCOL.md SITE2): a post of the blog or a topic of the forum is judged by
 * the audience the chapter's setting in force names — its members, the holders of a role, or anyone
 * in the organisation — in the roster of the record's causal past, with the grant or holding cited
 * in its `deps`.
 */
import { roleProblem, roomMemberProblem } from "../chat/room-authority.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { memberProblem } from "../proposals/signer-authority.js";
import type { ChapterId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Audience } from "./site-body.js";

/** Why the signer of `record` may not post in `chapter` for `audience` (SITE2), or undefined. Never throws. */
export function postingProblem(rosters: CausalRosters, record: ParsedRecord, chapter: ChapterId, audience: Audience): string | undefined {
  if (audience === "members") return roomMemberProblem(rosters, record, { chapter, access: "subtree", members: [] });
  if (audience !== "organisation") return roleProblem(rosters, record, chapter, audience.slice("role:".length));
  // Anyone in the organisation: a live grant in its root chapter or below (M11.1).
  const { fold } = rosters.rosterAt(record.envelope.deps);
  let root: ChapterId | null = chapter;
  while (root !== null && fold.roster.chapters.get(root)?.parent != null) root = fold.roster.chapters.get(root)!.parent;
  return root === null ? `chapter ${chapter} is not in the roster of the signer's causal past` : memberProblem(rosters, record, root);
}
