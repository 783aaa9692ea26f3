import type { ChapterId } from "@chapterhouse/crdt";
import { useId } from "react";
import { memberLabel } from "../organisation/index.js";
import { useMemberNames } from "../organisation/index.js";
import { memberGrant } from "@chapterhouse/crdt";
import type { MemberSpace } from "../organisation/index.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { newProposalPath, proposalPath } from "./paths.js";
import { formatTime } from "./format-time.js";
import { StageBadge } from "./StageBadge.js";
import { useProposalSession } from "./use-proposal-session.js";

/**
 * A chapter's proposals, newest first, each with its stage, read from the Chapter document alone
 * (DESIGN §3: the chapter page opens no Proposal document); the way to start one for its members.
 */
export function ChapterProposals({
  space,
  session,
  organisation,
  chapter,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  /** The Organisation document id, as in the address. */
  readonly organisation: string;
  readonly chapter: ChapterId;
}) {
  const names = useMemberNames();
  const ids = useId();
  const { view, problem } = useProposalSession(space, session, chapter, null);
  const roster = session.view.get().roster;
  const isMember = memberGrant(roster, chapter, space.member.key) !== undefined;
  const start = newProposalPath.href({ organisation, chapter });
  const entries = view?.index ?? [];
  return (
    <section aria-labelledby={`${ids}-heading`} className="proposals">
      <h2 id={`${ids}-heading`}>Proposals</h2>
      {problem === undefined ? null : (
        <p className="error" role="alert">
          Could not read the proposals: {problem}
        </p>
      )}
      {view === undefined || view.revision === 0 ? (
        <p aria-busy="true">Reading the proposals…</p>
      ) : entries.length === 0 ? (
        <p className="empty-state">
          No proposals yet{isMember ? " — start one" : ""}.
          {isMember
            ? " A proposal is drafted together, signed as versions, amended, then put to a vote."
            : ""}
        </p>
      ) : (
        <ul
          className="card-list proposal-list"
          aria-label={`Proposals of ${roster.chapters.get(chapter)?.name ?? "this chapter"}`}
        >
          {entries.map((entry) => (
            <li key={entry.id} data-proposal={entry.id}>
              <a href={proposalPath.href({ organisation, chapter, proposal: entry.id })}>
                {entry.title}
              </a>{" "}
              <StageBadge stage={entry.stage} />
              <span className="muted">
                {" "}
                by {memberLabel(entry.author, space.member.key, space.member.name, names)} · {formatTime(entry.at)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {isMember ? (
        <div className="actions">
          <a className="button" href={start}>
            Start a proposal
          </a>
        </div>
      ) : null}
    </section>
  );
}
