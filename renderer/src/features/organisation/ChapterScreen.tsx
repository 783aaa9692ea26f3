import { subtreeOf, type ChapterId, type ChapterRoster, type MemberKey, type Roster } from "@chapterhouse/crdt";
import { useOrganisation } from "./use-organisation.js";
import { memberLabel } from "./member-label.js";
import { useMemberNames } from "./member-names-context.js";
import { formatPlace } from "./place-input.js";
import { facilitatorAuthority, memberGrant } from "@chapterhouse/crdt";
import { levelsBelow } from "./found-chapter.js";
import type { MemberSpace } from "./member-space.js";
import type { OrganisationView } from "./organisation-query.js";
import { chapterPath, foundChapterPath } from "./paths.js";
import { chapterSections } from "../../shared/routing/chapter-sections.js";
import { InvitePanel } from "./InvitePanel.js";
import { LEVEL_LABEL } from "./level-label.js";
import { RequireUnlocked } from "./RequireUnlocked.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";
import { formatCountOf } from "../../shared/i18n/format-number.js";

/** One chapter: what it is, its members and those of its sub-chapters, its sub-chapters, invites. */
export function ChapterScreen({ organisation, chapter }: { readonly organisation: string; readonly chapter: string }) {
  return (
    <RequireUnlocked title="Chapter">
      {(space) => <Chapter space={space} organisation={organisation} chapter={chapter as ChapterId} />}
    </RequireUnlocked>
  );
}

/** What to show while an organisation is not (yet) readable; undefined once it is. */
export function organisationPending(view: OrganisationView | undefined): string | undefined {
  if (view === undefined || (view.state === "loading" && view.revision === 0)) return "Opening the organisation…";
  if (view.state === "unavailable") {
    return "This organisation is not on this device yet and no relay has sent it. Check that a relay serving it is connected (Settings).";
  }
  return undefined;
}

function Chapter({ space, organisation, chapter }: { readonly space: MemberSpace; readonly organisation: string; readonly chapter: ChapterId }) {
  const { session, view } = useOrganisation(space, organisation, chapter);
  const pending = organisationPending(view);
  if (pending !== undefined || view === undefined || session === undefined) {
    return (
      <div>
        <ScreenHeading>Chapter</ScreenHeading>
        <p aria-busy={view?.state !== "unavailable"}>{pending}</p>
      </div>
    );
  }
  const current = view.roster.chapters.get(chapter);
  if (current === undefined) {
    return (
      <div>
        <ScreenHeading>Chapter</ScreenHeading>
        <p className="empty-state" aria-busy={view.waiting > 0}>
          This chapter is not known on this device {view.waiting > 0 ? "yet: its records are still arriving." : "."}
        </p>
      </div>
    );
  }
  const me = space.member.key;
  const isMember = memberGrant(view.roster, chapter, me) !== undefined;
  const canInvite = facilitatorAuthority(view.roster, chapter, me) !== undefined;
  const children = current.children.map((id) => view.roster.chapters.get(id)!).filter((c) => c !== undefined);
  return (
    <div className="chapter">
      <ScreenHeading>{current.name}</ScreenHeading>
      <p className="chapter-meta">
        <span className="badge">{LEVEL_LABEL[current.level]}</span>
        {current.place === null ? null : <span> · {formatPlace(current.place)}</span>}
        <span> · {admissionText(current)}</span>
      </p>
      {view.waiting > 0 ? (
        <p className="notice" role="status">
          Still receiving {view.waiting} chapter {view.waiting === 1 ? "document" : "documents"} of this organisation.
        </p>
      ) : null}
      <nav className="chapter-nav" aria-label="Chapter">
        {chapterSections.all().map((section) =>
          "href" in section ? (
            <a key={section.id} href={section.href({ organisation, chapter })}>
              {section.title}
            </a>
          ) : null,
        )}
      </nav>
      {chapterSections.all().map((section) =>
        "Content" in section ? <section.Content key={section.id} organisation={organisation} chapter={chapter} /> : null,
      )}
      <Members roster={view.roster} chapter={current} me={me} myName={space.member.name} />
      <section aria-labelledby="subchapters-heading">
        <h2 id="subchapters-heading">Sub-chapters</h2>
        {children.length === 0 ? (
          <p className="empty-state">
            No sub-chapters yet.
            {isMember && levelsBelow(current.level).length > 0 ? " Found one for a region, city or neighbourhood where members meet." : ""}
          </p>
        ) : (
          <ul className="card-list" aria-label="Sub-chapters">
            {children.map((child) => (
              <li key={child.id}>
                <a href={chapterPath.href({ organisation, chapter: child.id })}>{child.name}</a>{" "}
                <span className="muted">
                  {LEVEL_LABEL[child.level]} · {formatCountOf(directAndBelow(view.roster, child.id), "member", "members")}
                </span>
              </li>
            ))}
          </ul>
        )}
        {isMember && levelsBelow(current.level).length > 0 ? (
          <div className="actions">
            <a className="button" href={foundChapterPath.href({ organisation, parent: chapter })}>
              Found a sub-chapter
            </a>
          </div>
        ) : null}
      </section>
      {canInvite ? <InvitePanel space={space} session={session} chapter={current} /> : null}
    </div>
  );
}

function admissionText(chapter: ChapterRoster): string {
  const { sponsors, countersign } = chapter.admission;
  const parts = [sponsors === 0 ? "open to anyone who asks" : `joining needs ${sponsors} sponsor${sponsors === 1 ? "" : "s"}`];
  if (countersign) parts.push("and a facilitator's countersignature");
  return `${parts.join(" ")}, or an invite`;
}

function directAndBelow(roster: Roster, chapter: ChapterId): number {
  const keys = new Set<string>();
  for (const id of subtreeOf(roster, chapter)) for (const key of roster.chapters.get(id)!.members.keys()) keys.add(key);
  return keys.size;
}

function Members({ roster, chapter, me, myName }: { readonly roster: Roster; readonly chapter: ChapterRoster; readonly me: MemberKey; readonly myName: string }) {
  const names = useMemberNames();
  const direct = [...chapter.members.values()];
  const roles = (key: MemberKey) => chapter.roles.filter((r) => r.key === key).map((r) => r.role);
  const below = subtreeOf(roster, chapter.id)
    .filter((id) => id !== chapter.id)
    .map((id) => roster.chapters.get(id)!)
    .filter((c) => c.members.size > 0);
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {direct.length === 0 ? (
        <p className="empty-state">No direct members.</p>
      ) : (
        <ul className="member-list" aria-label={`Members of ${chapter.name}`}>
          {direct.map((m) => (
            <li key={m.key} data-member-key={m.key}>
              <span className="member-name">{memberLabel(m.key, me, myName, names)}</span>
              {m.founder ? <span className="badge">founder</span> : null}
              {roles(m.key).map((role) => (
                <span className="badge" key={role}>
                  {role}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {below.length === 0 ? null : (
        <>
          <h3>Members of its sub-chapters</h3>
          {below.map((sub) => (
            <div key={sub.id}>
              <h4>{sub.name}</h4>
              <ul className="member-list" aria-label={`Members of ${sub.name}`}>
                {[...sub.members.values()].map((m) => (
                  <li key={m.key} data-member-key={m.key}>
                    <span className="member-name">{memberLabel(m.key, me, myName, names)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
