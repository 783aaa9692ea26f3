import type { MemberKey } from "@chapterhouse/crdt/records";
import { Link } from "../../shared/ui/Link.js";
import { memberPath } from "./paths.js";
import { useProfiles } from "./profiles-context.js";
import { useMemberLabel } from "./use-member-label.js";

/**
 * A member wherever one appears (member lists, authors, ballots, results, decisions): their
 * name, told apart from another of the same name (PF7), linked to their member page within an
 * organisation. The one way features show a member.
 */
export function MemberName({ member }: { readonly member: MemberKey }) {
  const label = useMemberLabel()(member);
  const { organisation } = useProfiles();
  return (
    <span className="member-name">
      {organisation === undefined ? label : <Link href={memberPath.href({ organisation, member })}>{label}</Link>}
    </span>
  );
}
