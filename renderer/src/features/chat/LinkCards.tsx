import type { MessageLink } from "@chapterhouse/crdt/chat";
import type { ChapterId, ProposalId } from "@chapterhouse/crdt/records";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { proposalPath, useProposalSession } from "../proposals/index.js";

/** A message's links to proposals and votes (PROTOCOL.md CH4.4) as cards: a proposal of the chapter by its title and a link to it; a vote, or a proposal of another chapter, named only. */
export function LinkCards({ links, space, session, organisation, chapter }: { readonly links: readonly MessageLink[]; readonly space: MemberSpace; readonly session: OpenOrganisation; readonly organisation: string; readonly chapter: ChapterId }) {
  const t = useT("chat");
  const { view } = useProposalSession(space, session, chapter, null);
  if (links.length === 0) return null;
  const titles = new Map((view?.index ?? []).map((entry) => [entry.id as string, entry.title]));
  return (
    <ul className="chat-cards">
      {links.map((link) => {
        const title = titles.get(link.id);
        const proposal = link.id as string as ProposalId;
        return (
          <li key={`${link.kind} ${link.id}`} className="chat-card">
            {link.kind === "proposal" && title !== undefined ? (
              <Link href={proposalPath.href({ organisation, chapter, proposal })}>{t("message.proposalCard", { title })}</Link>
            ) : (
              <span>{link.kind === "vote" ? t("message.voteCard") : t("message.unknownProposal")}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
