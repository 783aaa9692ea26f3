import type { MessageLink } from "@chapterhouse/crdt/chat";
import type { ChapterId, ProposalId } from "@chapterhouse/crdt/records";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { proposalPath, useProposalSession } from "../proposals/index.js";
import { useVoteCards, voteHref } from "../votes/index.js";

/**
 * A message's links to proposals and votes (PROTOCOL.md CH4.4) as cards: a proposal of the chapter
 * by its title, a vote by its proposal's title and whether it is open or closed, each a link to it;
 * a proposal of another chapter, or a vote not found (yet), named only.
 */
export function LinkCards({ links, space, session, organisation, chapter }: { readonly links: readonly MessageLink[]; readonly space: MemberSpace; readonly session: OpenOrganisation; readonly organisation: string; readonly chapter: ChapterId }) {
  const t = useT("chat");
  const { view } = useProposalSession(space, session, chapter, null);
  const votes = useVoteCards(session, chapter, links.filter((link) => link.kind === "vote").map((link) => link.id));
  if (links.length === 0) return null;
  const titles = new Map((view?.index ?? []).map((entry) => [entry.id as string, entry.title]));
  const cards = new Map((votes ?? []).map((card) => [card.open as string, card]));
  return (
    <ul className="chat-cards">
      {links.map((link) => {
        const title = titles.get(link.id);
        const vote = cards.get(link.id);
        const proposal = link.id as string as ProposalId;
        return (
          <li key={`${link.kind} ${link.id}`} className="chat-card">
            {link.kind === "proposal" && title !== undefined ? (
              <Link href={proposalPath.href({ organisation, chapter, proposal })}>{t("message.proposalCard", { title })}</Link>
            ) : link.kind === "vote" && vote !== undefined ? (
              <Link href={voteHref(organisation, vote.chapter, vote.proposal)}>{t(vote.closed ? "message.voteCardClosed" : "message.voteCardOpen", { title: vote.title })}</Link>
            ) : (
              <span>{link.kind === "vote" ? t("message.voteCard") : t("message.unknownProposal")}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
