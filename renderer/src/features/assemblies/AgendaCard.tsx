import type { AgendaNode } from "@chapterhouse/crdt/assemblies";
import { MAX_ITEM_MINUTES, MAX_ITEM_TITLE_LENGTH } from "@chapterhouse/crdt/assemblies";
import type { RecordId } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { NumberField } from "../../shared/ui/NumberField.js";
import { Problem } from "../../shared/ui/Problem.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { TextField } from "../../shared/ui/TextField.js";
import { addAgendaItem, editAgendaItem, setCurrentItem, type AssemblyContext } from "./assembly-actions.js";
import { agendaList, type PlacedItem } from "./agenda-list.js";
import { ItemVotes, LinkVote } from "./ItemVotes.js";
import { useAction } from "./use-action.js";

/**
 * The agenda (PROTOCOL.md AS4): its items in order, nested, each with its time box; the current
 * item marked, with the votes each takes up. Chairs add items, link the chapter's current votes (at the top or under one), move them, remove them and move the
 * current item.
 */
export function AgendaCard({ context, organisation, agenda, current, chair }: { readonly context: AssemblyContext; readonly organisation: string; readonly agenda: readonly AgendaNode[]; readonly current: RecordId | null; readonly chair: boolean }) {
  const t = useT("assemblies");
  const format = useFormat();
  const { busy, failure, run } = useAction();
  const [title, setTitle] = useState("");
  const [minutes, setMinutes] = useState(10);
  const [under, setUnder] = useState<PlacedItem | null>(null);
  const items = agendaList(agenda);
  const move = (placed: PlacedItem, by: -1 | 1) => {
    const at = placed.siblings.indexOf(placed.node);
    const other = placed.siblings[at + by];
    if (other === undefined) return;
    // Swap the two orders; when they are equal (two chairs placed them at once), the one moving up goes first by one.
    const [mine, theirs] = other.order === placed.node.order ? (by < 0 ? [other.order, other.order + 1] : [other.order + 1, other.order]) : [other.order, placed.node.order];
    run(async () => {
      await editAgendaItem(context, placed.node, placed.parent, { order: mine });
      await editAgendaItem(context, other, placed.parent, { order: theirs });
    });
  };
  const add = () =>
    run(async () => {
      await addAgendaItem(context, under === null ? agenda : under.node.children, under?.node.id ?? null, title, Math.min(MAX_ITEM_MINUTES, Math.max(0, Math.round(minutes))));
      setTitle("");
      setUnder(null);
    });
  return (
    <section className="assembly-card" aria-labelledby="assembly-agenda-title">
      <h2 id="assembly-agenda-title">{t("agenda.title")}</h2>
      {items.length === 0 ? <p>{t("agenda.empty")}</p> : null}
      <ol className="assembly-agenda" aria-label={t("agenda.title")}>
        {items.map((placed) => (
          <li key={placed.node.id} className="assembly-agenda-item" data-depth={placed.depth} aria-current={placed.node.id === current ? "step" : undefined}>
            <span className="assembly-agenda-text">
              {t("agenda.numbered", { number: placed.number, title: placed.node.title })}
              {placed.node.minutes > 0 ? <span className="assembly-muted"> · {t("agenda.minutes", { count: placed.node.minutes, minutes: format.count(placed.node.minutes) })}</span> : null}
              {placed.node.id === current ? (
                <>
                  {" "}
                  <StatusPill tone="info">{t("agenda.current")}</StatusPill>
                </>
              ) : null}
            </span>
            <ItemVotes context={context} organisation={organisation} links={placed.node.links} />
            {chair ? (
              <span className="assembly-row" role="group" aria-label={t("agenda.itemActions", { title: placed.node.title })}>
                {placed.node.id === current ? null : (
                  <Button size="small" isDisabled={busy} onPress={() => run(() => setCurrentItem(context, placed.node.id))}>
                    {t("agenda.makeCurrent")}
                  </Button>
                )}
                <Button size="small" variant="quiet" isDisabled={busy || placed.siblings.indexOf(placed.node) === 0} onPress={() => move(placed, -1)} aria-label={t("agenda.named", { action: t("agenda.up"), title: placed.node.title })}>
                  {t("agenda.up")}
                </Button>
                <Button size="small" variant="quiet" isDisabled={busy || placed.siblings.indexOf(placed.node) === placed.siblings.length - 1} onPress={() => move(placed, 1)} aria-label={t("agenda.named", { action: t("agenda.down"), title: placed.node.title })}>
                  {t("agenda.down")}
                </Button>
                <Button size="small" variant="quiet" isDisabled={busy} onPress={() => setUnder(placed)} aria-label={t("agenda.named", { action: t("agenda.sub"), title: placed.node.title })}>
                  {t("agenda.sub")}
                </Button>
                <Button size="small" variant="danger" isDisabled={busy} onPress={() => run(() => editAgendaItem(context, placed.node, placed.parent, { removed: true }))} aria-label={t("agenda.named", { action: t("agenda.removeShort"), title: placed.node.title })}>
                  {t("agenda.removeShort")}
                </Button>
              </span>
            ) : null}
            {chair ? <LinkVote context={context} item={placed.node} parent={placed.parent} run={run} busy={busy} /> : null}
          </li>
        ))}
      </ol>
      {chair ? (
        <form
          className="assembly-form"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <h3>{under === null ? t("agenda.addTitle") : t("agenda.addUnderTitle", { title: under.node.title })}</h3>
          <TextField label={t("agenda.itemTitle")} value={title} onChange={setTitle} limit={MAX_ITEM_TITLE_LENGTH} />
          <NumberField label={t("agenda.timeBox")} description={t("agenda.timeBoxHelp")} value={minutes} minValue={0} maxValue={MAX_ITEM_MINUTES} onChange={setMinutes} />
          <div className="assembly-row">
            <Button type="submit" variant="primary" isDisabled={busy}>
              {t("agenda.add")}
            </Button>
            {under === null ? null : (
              <Button variant="quiet" onPress={() => setUnder(null)}>
                {t("agenda.atTop")}
              </Button>
            )}
          </div>
        </form>
      ) : null}
      {failure === null ? null : <Problem>{failure}</Problem>}
    </section>
  );
}
