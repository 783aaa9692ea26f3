import type { AgendaNode } from "@chapterhouse/crdt/assemblies";
import type { RecordId } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Link } from "../../shared/ui/Link.js";
import { Select } from "../../shared/ui/Select.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { assemblyVoteHref, useVoteCards, voteHref, VoteProgress } from "../votes/index.js";
import { editAgendaItem, type AssemblyContext } from "./assembly-actions.js";

/**
 * The votes an agenda item takes up (AS4.1 `links`), each a link to it with whether it is open or
 * closed; for a chair, the way to open one of the members present (AS8) on its proposal, by the
 * one vote flow; on the projector (`progress`), the ballots received, then the result.
 */
export function ItemVotes({ context, organisation, links, progress = false }: { readonly context: AssemblyContext; readonly organisation: string; readonly links: readonly RecordId[]; readonly progress?: boolean }) {
  const t = useT("assemblies");
  const cards = useVoteCards(context.session, context.convening.chapter, links);
  if (links.length === 0 || cards === undefined || cards.length === 0) return null;
  const chair = context.convening.chairs.includes(context.space.member.key);
  return (
    <ul className="assembly-votes" aria-label={t("votes.linked")}>
      {cards.map((card) => (
        <li key={card.open}>
          <Link href={voteHref(organisation, card.chapter, card.proposal)}>{card.title}</Link> <StatusPill tone={card.closed ? "neutral" : "success"}>{card.closed ? t("votes.closed") : t("votes.open")}</StatusPill>
          {progress ? <VoteProgress space={context.space} session={context.session} card={card} /> : null}
          {chair && !progress ? (
            <>
              {" "}
              <Link href={assemblyVoteHref(organisation, card.chapter, card.proposal, context.convening.id)}>{t("votes.openPresent", { title: card.title })}</Link>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A chair links one of the chapter's current votes to an agenda item (AS4.1). */
export function LinkVote({ context, item, parent, run, busy }: { readonly context: AssemblyContext; readonly item: AgendaNode; readonly parent: RecordId | null; readonly run: (action: () => Promise<unknown>) => void; readonly busy: boolean }) {
  const t = useT("assemblies");
  const cards = useVoteCards(context.session, context.convening.chapter, null);
  const [chosen, setChosen] = useState<string | null>(null);
  const offered = (cards ?? []).filter((card) => !item.links.includes(card.open));
  if (offered.length === 0) return null;
  return (
    <span className="assembly-row">
      <Select label={t("votes.choose", { title: item.title })} options={offered.map((card) => ({ id: card.open, label: card.title }))} selectedKey={chosen} onSelectionChange={(key) => setChosen(key === null ? null : String(key))} />
      <Button size="small" isDisabled={busy || chosen === null} onPress={() => chosen !== null && run(() => editAgendaItem(context, item, parent, { links: [...item.links, chosen as RecordId] }))}>
        {t("votes.link")}
      </Button>
    </span>
  );
}
