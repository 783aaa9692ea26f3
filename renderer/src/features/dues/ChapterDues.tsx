import { ledgerCsv, type DuesLedger, type JudgedEntry } from "@chapterhouse/crdt/dues";
import { facilitatorAuthority, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { DataTable } from "../../shared/ui/DataTable.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { useMemberLabel } from "../profiles/index.js";
import { useDecisionEntries } from "../votes/index.js";
import { treasurerHolding } from "./dues-actions.js";
import { DuesSettingForm } from "./DuesSettingForm.js";
import { LedgerEntryForm, type Correcting } from "./LedgerEntryForm.js";
import { useDues } from "./use-dues.js";
import "./dues.css";

type LedgerRow = DuesLedger["entries"][number];

/** A payment's `until` (YYYY-MM-DD) as a local day's time, for the date formatter. */
const dayOf = (until: string) => {
  const [year, month, day] = until.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, day).getTime();
};

/** Today on this device as YYYY-MM-DD: standing is compared with the reader's today (DU5.2), never in the fold. */
function today(): string {
  const now = new Date();
  return `${String(now.getFullYear()).padStart(4, "0")}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** How the ledger describes an entry, in the language shown. */
function useEntryWords(roster: Roster | undefined): (entry: JudgedEntry) => string {
  const t = useT("dues");
  const format = useFormat();
  const label = useMemberLabel();
  const name = (id: ChapterId) => roster?.chapters.get(id)?.name ?? id;
  return ({ body }) => {
    switch (body?.entry) {
      case "payment":
        return t("entry.payment", { member: label(body.member), date: format.date(dayOf(body.until)) });
      case "disbursement":
        return t("entry.disbursement", { payee: body.payee });
      case "passed-up":
        return t("entry.passed-up", { chapter: name(body.to) });
      case "from-below":
        return t("entry.from-below", { chapter: name(body.from) });
      case undefined:
        return t("entry.damaged");
    }
  };
}

/** Offers the ledger as a CSV file (PROTOCOL.md DU6) through a download link the browser saves. */
function exportCsv(ledger: DuesLedger, digitsOf: (currency: string) => number, file: string): void {
  const csv = ledgerCsv(ledger, digitsOf, (at) => new Date(at).toISOString());
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A chapter's dues section (PROTOCOL.md DU): the current dues and their shares, the member's own
 * standing, the balance, what the shares owe the chapters above and what the chapters below sent,
 * the public ledger with every refused entry shown and not counted, its CSV export; and, for the
 * treasurer (and, for the dues, a facilitator), the forms that sign new records.
 */
export function ChapterDues({ organisation, chapter }: ChapterPlace) {
  const t = useT("dues");
  const ids = useId();
  const format = useFormat();
  const { space } = useMemberSpace();
  const { session, view } = useOrganisation(space, organisation);
  const current = view?.roster.chapters.get(chapter as ChapterId);
  const { value, problem } = useDues(session, chapter as ChapterId);
  const decisions = useDecisionEntries(documentUrlOf(organisation), current?.document);
  const words = useEntryWords(view?.roster);
  const [correcting, setCorrecting] = useState<Correcting | null>(null);
  if (space === undefined || session === undefined || view === undefined || current === undefined) return null;
  const me = space.member.key;
  const treasurer = treasurerHolding(view.roster, current.id, me) !== undefined;
  const maySet = treasurer || facilitatorAuthority(view.roster, current.id, me) !== undefined;
  const name = (id: ChapterId) => view.roster.chapters.get(id)?.name ?? id;
  if (problem !== undefined) return <Problem>{t("problem", { problem })}</Problem>;
  if (value === undefined) return <Skeleton />;
  const { ledger, fromBelow } = value;
  const setting = ledger.setting;
  const statusOf = (row: LedgerRow) => (row.status !== "valid" ? t(`status.${row.status}`) : row.corrected === null ? t("status.counted") : t("status.corrected"));
  return (
    <div className="chapter-dues">
      <section aria-labelledby={`${ids}-dues`}>
        <h2 id={`${ids}-dues`}>{t("title", { chapter: current.name })}</h2>
        <p>{t("intro")}</p>
        {setting === null ? (
          <EmptyState headingLevel={3} title={t("setting.noneTitle")} description={t("setting.noneText")} />
        ) : (
          <>
            <h3>{t("setting.heading")}</h3>
            {ledger.contested ? <p className="dues-warning">{t("setting.contested")}</p> : null}
            <DataList
              items={[
                { id: "suggested", term: t("setting.suggested"), details: t(`period.${setting.body.period}`, { amount: format.money(setting.body.amount, setting.body.currency) }) },
                { id: "scale", term: t("setting.scale"), details: `${format.list(setting.body.scale.map((step) => format.money(step, setting.body.currency)), "disjunction")}. ${t("setting.scaleText")}` },
                {
                  id: "keeps",
                  term: t("setting.keeps", { chapter: current.name }),
                  details: format.percent(10_000 - setting.body.passUp.reduce((sum, share) => sum + share.parts, 0), 10_000),
                },
                ...setting.body.passUp.map((share) => ({ id: share.chapter, term: t("setting.passes", { chapter: name(share.chapter) }), details: format.percent(share.parts, 10_000) })),
              ]}
            />
          </>
        )}
      </section>
      <section aria-labelledby={`${ids}-standing`}>
        <h3 id={`${ids}-standing`}>{t("standing.heading")}</h3>
        <Standing until={ledger.standing.get(me)} />
      </section>
      {ledger.currencies.length === 0 ? null : (
        <section aria-labelledby={`${ids}-balance`}>
          <h3 id={`${ids}-balance`}>{t("balance.heading")}</h3>
          <DataTable
            caption={t("balance.caption", { chapter: current.name })}
            rows={ledger.currencies}
            rowKey={(row) => row.currency}
            columns={[
              { id: "currency", title: t("balance.currency"), isRowHeader: true, cell: (row) => row.currency },
              ...(["payment", "from-below", "disbursement", "passed-up"] as const).map((kind) => ({ id: kind, title: t(`balance.${kind}`), align: "end" as const, cell: (row: (typeof ledger.currencies)[number]) => format.money(row.totals[kind], row.currency) })),
              { id: "balance", title: t("balance.balance"), align: "end", cell: (row) => <strong>{format.money(row.balance, row.currency)}</strong> },
            ]}
          />
        </section>
      )}
      {setting === null || ledger.shares.length === 0 ? null : (
        <section aria-labelledby={`${ids}-shares`}>
          <h3 id={`${ids}-shares`}>{t("shares.heading")}</h3>
          <DataTable
            caption={t("shares.caption")}
            rows={ledger.shares}
            rowKey={(row) => row.chapter}
            columns={[
              { id: "chapter", title: t("shares.chapter"), isRowHeader: true, cell: (row) => name(row.chapter) },
              { id: "share", title: t("shares.share"), align: "end", cell: (row) => format.percent(row.parts, 10_000) },
              { id: "owed", title: t("shares.owed"), align: "end", cell: (row) => format.money(row.owed, setting.body.currency) },
              { id: "passed", title: t("shares.passed"), align: "end", cell: (row) => format.money(row.passedUp, setting.body.currency) },
            ]}
          />
        </section>
      )}
      {view.roster.chapters.get(current.id)?.children.length === 0 ? null : (
        <section aria-labelledby={`${ids}-below`}>
          <h3 id={`${ids}-below`}>{t("fromBelow.heading")}</h3>
          {fromBelow.length === 0 ? (
            <p>{t("fromBelow.none")}</p>
          ) : (
            <DataTable
              caption={t("fromBelow.caption", { chapter: current.name })}
              rows={fromBelow}
              rowKey={(row) => row.id}
              columns={[
                { id: "chapter", title: t("fromBelow.chapter"), isRowHeader: true, cell: (row) => name(row.chapter) },
                { id: "date", title: t("fromBelow.date"), cell: (row) => format.date(row.at) },
                { id: "amount", title: t("fromBelow.amount"), align: "end", cell: (row) => format.money(row.body.amount, row.body.currency) },
                { id: "note", title: t("fromBelow.note"), cell: (row) => row.body.note },
              ]}
            />
          )}
        </section>
      )}
      <section aria-labelledby={`${ids}-ledger`}>
        <h3 id={`${ids}-ledger`}>{t("ledger.heading")}</h3>
        {ledger.entries.length === 0 ? (
          <EmptyState headingLevel={4} title={t("ledger.noneTitle")} description={t("ledger.noneText")} />
        ) : (
          <>
            <DataTable
              caption={t("ledger.caption", { chapter: current.name })}
              rows={ledger.entries}
              rowKey={(row) => row.record.id}
              columns={[
                { id: "date", title: t("ledger.date"), cell: (row) => format.date(row.record.envelope.at) },
                {
                  id: "what",
                  title: t("ledger.what"),
                  isRowHeader: true,
                  cell: (row) => (
                    <>
                      {words(row)}
                      {row.body === null || row.body.note === "" ? null : <span className="dues-note">{t("ledger.note", { note: row.body.note })}</span>}
                    </>
                  ),
                },
                { id: "amount", title: t("ledger.amount"), align: "end", cell: (row) => (row.body === null ? "" : format.money(row.body.amount, row.body.currency)) },
                {
                  id: "status",
                  title: t("ledger.status"),
                  cell: (row) => <StatusPill tone={row.status !== "valid" ? "danger" : row.corrected === null ? "success" : "neutral"}>{statusOf(row)}</StatusPill>,
                },
                ...(treasurer
                  ? [
                      {
                        id: "correct",
                        title: t("ledger.actions"),
                        cell: (row: LedgerRow) =>
                          row.status !== "valid" || row.corrected !== null || row.body === null ? null : (
                            <Button size="small" onPress={() => setCorrecting({ id: row.record.id, entry: row.body!.entry, date: format.date(row.record.envelope.at), what: words(row) })}>
                              {t("ledger.correct")}
                            </Button>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
            <Button onPress={() => exportCsv(ledger, (currency) => format.currencyDigits(currency), t("ledger.file", { chapter: current.name }))}>{t("ledger.export")}</Button>
          </>
        )}
      </section>
      {maySet ? <DuesSettingForm key={setting?.id ?? "none"} space={space} session={session} chapter={current} roster={view.roster} current={setting} decisions={decisions ?? []} /> : null}
      {treasurer ? (
        <LedgerEntryForm
          key={correcting?.id ?? "new"}
          space={space}
          session={session}
          chapter={current}
          roster={view.roster}
          setting={setting?.body ?? null}
          decisions={decisions ?? []}
          correcting={correcting}
          onStopCorrecting={() => setCorrecting(null)}
        />
      ) : null}
    </div>
  );
}

/** The member's own standing (DU5.2): paid up to a date, behind, or never paid. */
function Standing({ until }: { readonly until: string | undefined }) {
  const t = useT("dues");
  const format = useFormat();
  if (until === undefined) return <p>{t("standing.never")}</p>;
  const date = format.date(dayOf(until));
  return <p>{until >= today() ? t("standing.paid", { date }) : t("standing.behind", { date })}</p>;
}

