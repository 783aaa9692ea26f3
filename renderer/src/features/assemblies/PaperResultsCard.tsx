import type { AgendaNode, PaperResult, PresencePanel } from "@chapterhouse/crdt/assemblies";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { DataTable } from "../../shared/ui/DataTable.js";
import { NumberField } from "../../shared/ui/NumberField.js";
import { Problem } from "../../shared/ui/Problem.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { MemberName } from "../profiles/index.js";
import type { AssemblyContext } from "./assembly-actions.js";
import { ItemVotes } from "./ItemVotes.js";
import { signAsTeller } from "./minutes-actions.js";
import { PaperResultForm } from "./PaperResultForm.js";
import { useAction } from "./use-action.js";

const TONE = { confirmed: "success", unconfirmed: "warning", disputed: "danger" } as const;

/** A teller's own count, when it differs from the chair's entry (AS9.2). */
function OwnCount({ context, result, run, busy }: { readonly context: AssemblyContext; readonly result: PaperResult; readonly run: (action: () => Promise<unknown>) => void; readonly busy: boolean }) {
  const t = useT("minutes");
  const [counts, setCounts] = useState(() => result.options.map((option) => option.count));
  const [abstentions, setAbstentions] = useState(result.abstentions);
  return (
    <form
      className="assembly-form"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => signAsTeller(context, result, counts, abstentions));
      }}
    >
      {result.options.map((option, i) => (
        <NumberField key={option.label} label={t("results.myCount", { label: option.label })} value={counts[i] ?? 0} minValue={0} onChange={(value) => setCounts(counts.map((count, j) => (j === i ? (Number.isNaN(value) ? 0 : value) : count)))} />
      ))}
      <NumberField label={t("results.myAbstentions")} value={abstentions} minValue={0} onChange={(value) => setAbstentions(Number.isNaN(value) ? 0 : value)} />
      <Button type="submit" isDisabled={busy}>
        {t("results.signMine")}
      </Button>
    </form>
  );
}

/** One paper or show-of-hands result (AS9.3, AS9.4): its counts, what it decided, and whether both tellers confirm it. */
function ResultView({ context, result }: { readonly context: AssemblyContext; readonly result: PaperResult }) {
  const t = useT("minutes");
  const format = useFormat();
  const { busy, failure, run } = useAction();
  const [differs, setDiffers] = useState(false);
  const me = context.space.member.key;
  const teller = result.tellers.includes(me);
  const mine = result.counts.find((count) => count.teller === me);
  const tellerState = (key: MemberKey) => {
    const count = result.counts.find((entry) => entry.teller === key);
    if (count === undefined) return t("results.tellerWaiting");
    return count.agrees ? t("results.tellerAgrees") : t("results.tellerDiffers", { counts: count.counts.map((n) => format.count(n)).join(" / "), abstentions: format.count(count.abstentions) });
  };
  return (
    <article className="assembly-result" aria-label={result.question}>
      <h3>{result.question}</h3>
      <p className="assembly-row" role="status">
        <StatusPill tone={TONE[result.status]}>{t(`results.status.${result.status}`)}</StatusPill>
        <StatusPill tone={result.outcome === "decided" ? "success" : "neutral"}>{t(`results.outcome.${result.outcome}`, { option: result.winner ?? "" })}</StatusPill>
        <span className="assembly-muted">{t(`results.method.${result.method}`)}</span>
      </p>
      <DataTable
        caption={t("results.counts")}
        rowKey={(row) => row.label}
        rows={[...result.options, { label: t("results.abstentions"), count: result.abstentions }]}
        columns={[
          { id: "option", title: t("results.option"), isRowHeader: true, cell: (row) => row.label },
          { id: "votes", title: t("results.votes"), align: "end", cell: (row) => format.count(row.count) },
        ]}
      />
      <DataList
        items={[
          { id: "present", term: t("results.present"), details: t("results.presentOf", { present: format.count(result.present), electorate: format.count(result.electorate) }) },
          { id: "quorum", term: t("results.quorum"), details: result.quorum === null ? t("results.noQuorum") : format.fraction(result.quorum) },
          { id: "threshold", term: t("results.threshold"), details: result.threshold === null ? t("results.noThreshold") : format.fraction(result.threshold) },
          { id: "chair", term: t("results.enteredBy"), details: <MemberName member={result.chair} /> },
          {
            id: "tellers",
            term: t("results.tellers"),
            details: (
              <ul className="assembly-people">
                {result.tellers.map((key) => (
                  <li key={key}>
                    <MemberName member={key} />: {tellerState(key)}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      {teller && mine?.agrees !== true ? (
        <div className="assembly-row">
          <span>{t("results.youAreTeller")}</span>
          <Button
            variant="primary"
            isDisabled={busy}
            onPress={() =>
              run(() =>
                signAsTeller(
                  context,
                  result,
                  result.options.map((option) => option.count),
                  result.abstentions,
                ),
              )
            }
          >
            {t("results.confirm")}
          </Button>
          <Button variant="quiet" isDisabled={busy} onPress={() => setDiffers(!differs)} aria-expanded={differs}>
            {t("results.differs")}
          </Button>
        </div>
      ) : null}
      {teller && differs ? <OwnCount context={context} result={result} run={run} busy={busy} /> : null}
      {failure === null ? null : <Problem>{failure}</Problem>}
    </article>
  );
}

/**
 * The current item's votes taken on paper or by hands (PROTOCOL.md AS9), beside its electronic
 * votes (AS9.5): each result with its tellers' confirmation; a chair enters a new one.
 */
export function PaperResultsCard({ context, organisation, item, results, panel, members, chair }: { readonly context: AssemblyContext; readonly organisation: string; readonly item: AgendaNode | null; readonly results: readonly PaperResult[]; readonly panel: PresencePanel; readonly members: readonly MemberKey[]; readonly chair: boolean }) {
  const t = useT("minutes");
  if (item === null)
    return (
      <section className="assembly-card" aria-labelledby="assembly-results-title">
        <h2 id="assembly-results-title">{t("results.title", { title: "" })}</h2>
        <p>{t("results.noItem")}</p>
      </section>
    );
  const own = results.filter((result) => result.item === item.id);
  return (
    <section className="assembly-card" aria-labelledby="assembly-results-title">
      <h2 id="assembly-results-title">{t("results.title", { title: item.title })}</h2>
      <ItemVotes context={context} organisation={organisation} links={item.links} />
      {own.length === 0 ? <p>{t("results.none")}</p> : own.map((result) => <ResultView key={result.id} context={context} result={result} />)}
      {chair ? <PaperResultForm context={context} item={item} panel={panel} members={members} /> : null}
    </section>
  );
}
