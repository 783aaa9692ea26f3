import type { AgendaNode } from "@chapterhouse/crdt/assemblies";
import type { RecordId } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Link } from "../../shared/ui/Link.js";
import { Select } from "../../shared/ui/Select.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { useVoteCards, voteHref } from "../votes/index.js";
import { editAgendaItem, type AssemblyContext } from "./assembly-actions.js";

/** The votes an agenda item takes up (AS4.1 `links`), each a link to it with whether it is open or closed. */
export function ItemVotes({ context, organisation, links }: { readonly context: AssemblyContext; readonly organisation: string; readonly links: readonly RecordId[] }) {
  const t = useT("assemblies");
  const cards = useVoteCards(context.session, context.convening.chapter, links);
  if (links.length === 0 || cards === undefined || cards.length === 0) return null;
  return (
    <ul className="assembly-votes" aria-label={t("votes.linked")}>
      {cards.map((card) => (
        <li key={card.open}>
          <Link href={voteHref(organisation, card.chapter, card.proposal)}>{card.title}</Link> <StatusPill tone={card.closed ? "neutral" : "success"}>{card.closed ? t("votes.closed") : t("votes.open")}</StatusPill>
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
