import { CURRENCY, LEDGER_ENTRIES, MAX_NOTE_LENGTH, isCalendarDate, type DuesSettingBody, type LedgerEntryBody, type LedgerEntryType } from "@chapterhouse/crdt/dues";
import type { BodyFields } from "@chapterhouse/crdt/kinds";
import { ancestorsOf, subtreeOf, type ChapterRoster, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { TextField } from "../../shared/ui/TextField.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { useMemberLabel } from "../profiles/index.js";
import type { DecisionEntry } from "../votes/index.js";
import { recordEntry } from "./dues-actions.js";
import { DecisionPicker } from "./DecisionPicker.js";
import { useMoneyReader } from "./money-field.js";
import { useDuesAction } from "./use-dues-action.js";

/** The entry a new one corrects (PROTOCOL.md DU3.3): its id, kind and how the ledger describes it. */
export interface Correcting {
  readonly id: RecordId;
  readonly entry: LedgerEntryType;
  readonly date: string;
  readonly what: string;
}

type Field = "currency" | "amount" | "member" | "until" | "payee" | "to" | "from";

/**
 * The treasurer's form for one ledger entry (PROTOCOL.md DU3) in the currency of the current dues
 * (or one the treasurer names while none are set):
 * dues received from a member (paid up to a date), money paid out by a decision, passed up to a
 * chapter above, or received from one below; or a correction of an entry, which is a new entry.
 */
export function LedgerEntryForm({
  space,
  session,
  chapter,
  roster,
  setting,
  decisions,
  correcting,
  onStopCorrecting,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly chapter: ChapterRoster;
  readonly roster: Roster;
  /** The current dues, whose currency entries are in; with none set, the treasurer names the currency. */
  readonly setting: DuesSettingBody | null;
  readonly decisions: readonly DecisionEntry[];
  readonly correcting: Correcting | null;
  readonly onStopCorrecting: () => void;
}) {
  const t = useT("dues");
  const ids = useId();
  const label = useMemberLabel();
  const readMoney = useMoneyReader();
  const [chosen, setEntry] = useState<LedgerEntryType>("payment");
  const entry = correcting?.entry ?? chosen;
  const [amount, setAmount] = useState("");
  const [member, setMember] = useState<MemberKey | null>(null);
  const [until, setUntil] = useState("");
  const [payee, setPayee] = useState("");
  const [to, setTo] = useState<ChapterId | null>(null);
  const [from, setFrom] = useState<ChapterId | null>(null);
  const [decision, setDecision] = useState<RecordId | null>(null);
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const { busy, failure, done, run } = useDuesAction();
  const [typedCurrency, setCurrency] = useState("EUR");
  const currency = setting?.currency ?? typedCurrency;
  const below = subtreeOf(roster, chapter.id).filter((id) => id !== chapter.id);
  const above = ancestorsOf(roster, chapter.id).slice(1);
  const members = [...new Set(subtreeOf(roster, chapter.id).flatMap((id) => [...(roster.chapters.get(id)?.members.keys() ?? [])]))];
  const chapterOptions = (list: readonly ChapterId[]) => list.map((id) => ({ id, label: roster.chapters.get(id)?.name ?? id }));
  const error = (field: Field) => (problems[field] === undefined ? {} : { errorMessage: problems[field] });

  /** The body the fields describe, or the problems of the fields. */
  function read(): BodyFields<LedgerEntryBody> | Partial<Record<Field, string>> | null {
    const found: Partial<Record<Field, string>> = {};
    if (!CURRENCY.test(currency)) return { currency: t("invalid.currency") };
    const money = readMoney(amount, currency);
    if ("problem" in money) found.amount = money.problem;
    const required = t("invalid.required");
    if (entry === "payment" && member === null) found.member = required;
    if (entry === "payment" && !isCalendarDate(until.trim())) found.until = t("invalid.date");
    if (entry === "disbursement" && payee.trim() === "") found.payee = required;
    if (entry === "passed-up" && to === null) found.to = required;
    if (entry === "from-below" && from === null) found.from = required;
    if (Object.keys(found).length > 0 || !("minor" in money)) return found;
    const common = { chapter: chapter.id, amount: money.minor, currency, corrects: correcting?.id ?? null, note: note.trim() };
    switch (entry) {
      case "payment":
        return { ...common, entry, member: member!, until: until.trim() };
      case "disbursement":
        return decision === null ? null : { ...common, entry, decision, payee: payee.trim() };
      case "passed-up":
        return { ...common, entry, to: to! };
      case "from-below":
        return { ...common, entry, from: from! };
    }
  }

  return (
    <section aria-labelledby={`${ids}-record`}>
      <h3 id={`${ids}-record`}>{t("record.heading")}</h3>
      {correcting === null ? null : (
        <div className="dues-correcting">
          <p>{t("record.correcting", { date: correcting.date, what: correcting.what })}</p>
          <Button size="small" onPress={onStopCorrecting}>
            {t("record.stopCorrecting")}
          </Button>
        </div>
      )}
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          const fields = read();
          if (fields === null) return;
          if (!("entry" in fields)) {
            setProblems(fields);
            return;
          }
          setProblems({});
          void run(() => recordEntry(space, session, fields)).then((recorded) => {
            if (!recorded) return;
            setAmount("");
            setNote("");
            if (correcting !== null) onStopCorrecting();
          });
        }}
      >
        <div className="dues-fields">
          <Select
            label={t("record.kind")}
            options={LEDGER_ENTRIES.map((id) => ({ id, label: t(`record.kinds.${id}`) }))}
            selectedKey={entry}
            onSelectionChange={(key) => setEntry(String(key) as LedgerEntryType)}
            isDisabled={busy || correcting !== null}
          />
          {entry === "payment" ? (
            <>
              <Select
                label={t("record.member")}
                options={members.map((key) => ({ id: key, label: label(key) })).sort((a, b) => a.label.localeCompare(b.label))}
                selectedKey={member}
                onSelectionChange={(key) => setMember(String(key) as MemberKey)}
                isDisabled={busy}
                {...error("member")}
              />
              <TextField label={t("record.until")} description={t("record.untilText")} value={until} onChange={setUntil} isDisabled={busy} {...error("until")} />
            </>
          ) : null}
          {entry === "disbursement" ? (
            <>
              <TextField label={t("record.payee")} value={payee} onChange={setPayee} limit={MAX_NOTE_LENGTH} isDisabled={busy} {...error("payee")} />
              <DecisionPicker decisions={decisions} value={decision} onChange={setDecision} isDisabled={busy} />
            </>
          ) : null}
          {entry === "passed-up" ? <Select label={t("record.to")} options={chapterOptions(above)} selectedKey={to} onSelectionChange={(key) => setTo(String(key) as ChapterId)} isDisabled={busy} {...error("to")} /> : null}
          {entry === "from-below" ? <Select label={t("record.from")} options={chapterOptions(below)} selectedKey={from} onSelectionChange={(key) => setFrom(String(key) as ChapterId)} isDisabled={busy} {...error("from")} /> : null}
          {setting === null ? <TextField label={t("record.currency")} description={t("record.currencyText")} value={typedCurrency} onChange={(value) => setCurrency(value.trim().toUpperCase())} isDisabled={busy} {...error("currency")} /> : null}
          <TextField label={t("record.amount", { currency })} value={amount} onChange={setAmount} isDisabled={busy} {...error("amount")} />
          <TextField label={t("record.note")} value={note} onChange={setNote} limit={MAX_NOTE_LENGTH} optional isDisabled={busy} />
        </div>
        {failure === undefined ? null : <Problem>{failure}</Problem>}
        {done ? (
          <p role="status" className="dues-done">
            {t("record.done")}
          </p>
        ) : null}
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={busy || (entry === "disbursement" && decision === null)}>
            {t("record.button")}
          </Button>
        </FormActions>
      </Form>
    </section>
  );
}
