import { ancestorsOf, type Roster } from "@chapterhouse/crdt/membership";
import type { MemberProfile } from "@chapterhouse/crdt/profiles";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useT } from "../../shared/i18n/use-t.js";
import { memberActions } from "../../shared/routing/member-actions.js";
import { Avatar } from "../../shared/ui/Avatar.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { chapterPath, RequireUnlocked, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { Fingerprint } from "./Fingerprint.js";
import { KeyDetails } from "./KeyDetails.js";
import { MemberActivity } from "./MemberActivity.js";
import { useMemberLabel } from "./use-member-label.js";
import { useProfilePicture } from "./use-profile-picture.js";
import "./profiles.css";

/** A member of an organisation: their profile, the words of their key, their chapters and what they proposed there. */
export function MemberScreen({ organisation, member }: { readonly organisation: string; readonly member: MemberKey }) {
  return <RequireUnlocked>{(space) => <MemberPage space={space} organisation={organisation} member={member} />}</RequireUnlocked>;
}

function MemberPage({ space, organisation, member }: { readonly space: MemberSpace; readonly organisation: string; readonly member: MemberKey }) {
  const t = useT("profiles");
  const label = useMemberLabel()(member);
  const { session, view } = useOrganisation(space, organisation);
  const profile = view?.profiles.members.get(member);
  // PF5.2: a profile signed by another key is never this member's; say that there is one.
  const forged = view?.profiles.invalid.filter((entry) => entry.member === member) ?? [];
  return (
    <div className="profile-screen">
      <PageHeading focusKey={member}>{label}</PageHeading>
      {view === undefined || session === undefined || view.revision === 0 ? (
        <p aria-busy="true">{t("member.loading")}</p>
      ) : profile === undefined ? (
        <EmptyState title={t("member.notMember.title")} description={t("member.notMember.description")} />
      ) : (
        <Profile space={space} session={session} organisation={organisation} profile={profile} label={label} roster={view.roster} />
      )}
      {forged.length === 0 ? null : (
        <div role="alert" className="profile-problem" data-testid="forged-profiles">
          <p>{t("member.forged", { count: forged.length })}</p>
          <ul>
            {forged.map((entry) => (
              <li key={entry.id}>{t("member.forgedBy", { key: entry.signer })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function Profile({
  space,
  session,
  organisation,
  profile,
  label,
  roster,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly organisation: string;
  readonly profile: MemberProfile;
  readonly label: string;
  readonly roster: Roster;
}) {
  const t = useT("profiles");
  const { member, current } = profile;
  const picture = useProfilePicture(space, session.url, member, current?.picture);
  // Proposals are made in a member's chapters and the chapters above them (M11: members of those too).
  const where = [...new Set(profile.chapters.flatMap((chapter) => ancestorsOf(roster, chapter)))];
  return (
    <>
      <section className="profile-card" aria-label={t("member.about")}>
        <Avatar name={current?.name ?? label} size="large" {...(picture === undefined ? {} : { picture })} />
        {current === undefined ? <p>{t("member.noProfile")}</p> : current.bio === "" ? null : <p className="profile-bio">{current.bio}</p>}
      </section>
      {member === space.member.key ? null : memberActions.all().map(({ id, Content }) => <Content key={id} organisation={organisation} member={member} />)}
      {profile.conflicting.length === 0 ? null : <p>{t("member.conflicting")}</p>}
      <Fingerprint member={member} name={label} mine={member === space.member.key} />
      <section aria-labelledby="member-chapters-heading">
        <h2 id="member-chapters-heading">{t("member.chapters")}</h2>
        <ul aria-label={t("member.chaptersLabel", { name: label })}>
          {profile.chapters.map((chapter) => (
            <li key={chapter}>
              <Link href={chapterPath.href({ organisation, chapter })}>{roster.chapters.get(chapter)?.name ?? chapter}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="member-activity-heading">
        <h2 id="member-activity-heading">{t("member.activity")}</h2>
        <p>{t("member.activityNote")}</p>
        {where.map((chapter) => (
          <MemberActivity key={chapter} space={space} session={session} organisation={organisation} chapter={chapter} chapterName={roster.chapters.get(chapter)?.name ?? chapter} member={member} label={label} />
        ))}
      </section>
      <KeyDetails member={member} box={current?.box} />
    </>
  );
}
