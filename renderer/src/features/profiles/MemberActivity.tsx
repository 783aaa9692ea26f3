import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { useId } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { proposalPath, useProposalSession } from "../proposals/index.js";

/** The proposals `member` wrote in one chapter, from its Chapter document's index (no Proposal document opened); nothing when none. */
export function MemberActivity({
  space,
  session,
  organisation,
  chapter,
  chapterName,
  member,
  label,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly organisation: string;
  readonly chapter: ChapterId;
  readonly chapterName: string;
  readonly member: MemberKey;
  readonly label: string;
}) {
  const t = useT("profiles");
  const format = useFormat();
  const id = useId();
  const { view } = useProposalSession(space, session, chapter, null);
  const theirs = (view?.index ?? []).filter((entry) => entry.author === member);
  if (theirs.length === 0) return null;
  const heading = t("member.activityIn", { name: label, chapter: chapterName });
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul>
        {theirs.map((entry) => (
          <li key={entry.id}>
            <Link href={proposalPath.href({ organisation, chapter, proposal: entry.id })}>{entry.title}</Link> <time dateTime={new Date(entry.at).toISOString()}>{format.date(entry.at)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
