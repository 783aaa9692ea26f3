import {
  FACILITATOR,
  facilitatorAuthority,
  memberGrant,
  subtreeOf,
  type ChapterRoster,
} from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { useId } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { MemberName } from "../profiles/index.js";
import { InvitePanel } from "./InvitePanel.js";
import { useMemberSpace } from "./use-member-space.js";
import { useOrganisation } from "./use-organisation.js";
import "./chapter.css";

/**
 * A chapter's members section: its direct members with their roles, the members of its
 * sub-chapters, and, for a facilitator, its invites. The chapter page has opened the organisation.
 */
export function ChapterMembers({ organisation, chapter }: ChapterPlace) {
  const t = useT("organisation");
  const ids = useId();
  const { space } = useMemberSpace();
  const { session, view } = useOrganisation(space, organisation);
  const current = view?.roster.chapters.get(chapter as ChapterId);
  if (space === undefined || session === undefined || view === undefined || current === undefined) return null;
  const me = space.member.key;
  const isMember = memberGrant(view.roster, current.id, me) !== undefined;
  const canInvite = facilitatorAuthority(view.roster, current.id, me) !== undefined;
  const below = subtreeOf(view.roster, current.id)
    .filter((id) => id !== current.id)
    .flatMap((id) => view.roster.chapters.get(id) ?? [])
    .filter((c) => c.members.size > 0);
  return (
    <div className="chapter-members">
      <section aria-labelledby={`${ids}-direct`}>
        <h2 id={`${ids}-direct`}>{t("members.title", { chapter: current.name })}</h2>
        {current.members.size === 0 ? (
          <EmptyState headingLevel={3} title={t("members.noneTitle")} description={below.length > 0 ? t("members.noneBelow") : t("members.noneText")} />
        ) : (
          <MemberList chapter={current} withRoles />
        )}
        {isMember ? null : <p className="chapter-muted">{t("members.notMember")}</p>}
      </section>
      {below.length === 0 ? null : (
        <section aria-labelledby={`${ids}-below`}>
          <h2 id={`${ids}-below`}>{t("members.below")}</h2>
          {below.map((sub) => (
            <div key={sub.id}>
              <h3>{sub.name}</h3>
              <MemberList chapter={sub} withRoles={false} />
            </div>
          ))}
        </section>
      )}
      {canInvite ? <InvitePanel space={space} session={session} chapter={current} /> : null}
    </div>
  );
}

function MemberList({ chapter, withRoles }: { readonly chapter: ChapterRoster; readonly withRoles: boolean }) {
  const t = useT("organisation");
  const rolesOf = (key: MemberKey) => chapter.roles.filter((r) => r.key === key).map((r) => r.role);
  return (
    <ul className="member-list" aria-label={t("members.of", { chapter: chapter.name })}>
      {[...chapter.members.values()].map((member) => (
        <li key={member.key} data-member-key={member.key}>
          <MemberName member={member.key} />
          {withRoles && member.founder ? <StatusPill>{t("members.founder")}</StatusPill> : null}
          {withRoles
            ? rolesOf(member.key).map((role) => <StatusPill key={role}>{role === FACILITATOR ? t("members.facilitator") : role}</StatusPill>)
            : null}
        </li>
      ))}
    </ul>
  );
}
