import { CURRENCY, PERIODS, WHOLE_SHARE, formatMinor, parseMoney, type DuesPeriod, type DuesSettingBody } from "@chapterhouse/crdt/dues";
import { ancestorsOf, type ChapterRoster, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { TextField } from "../../shared/ui/TextField.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import type { DecisionEntry } from "../votes/index.js";
import { setDues } from "./dues-actions.js";
import { DecisionPicker } from "./DecisionPicker.js";
import { useMoneyReader } from "./money-field.js";
import { useDuesAction } from "./use-dues-action.js";

type Problems = Partial<Record<"currency" | "scale" | "amount" | "shares", string>> & { readonly share?: Readonly<Record<string, string>> };

/**
 * Setting the chapter's dues by one of its decisions (PROTOCOL.md DU2): currency, period, the
 * sliding scale and its suggested amount, and the share passed to each chapter above (in %,
 * kept as parts of 10,000). Shown to the treasurer and the facilitators; the rules decide (DU4.3).
 */
export function DuesSettingForm({
  space,
  session,
  chapter,
  roster,
  current,
  decisions,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly chapter: ChapterRoster;
  readonly roster: Roster;
  readonly current: { readonly id: RecordId; readonly body: DuesSettingBody } | null;
  readonly decisions: readonly DecisionEntry[];
}) {
  const t = useT("dues");
  const ids = useId();
  const format = useFormat();
  const readMoney = useMoneyReader();
  const above = ancestorsOf(roster, chapter.id).slice(1);
  const digits = (currency: string) => format.currencyDigits(CURRENCY.test(currency) ? currency : "EUR");
  const written = (minor: number, currency: string) => formatMinor(minor, digits(currency));
  const initialCurrency = current?.body.currency ?? "EUR";
  const [currency, setCurrency] = useState(initialCurrency);
  const [period, setPeriod] = useState<DuesPeriod>(current?.body.period ?? "month");
  const [scale, setScale] = useState(current === null ? "" : current.body.scale.map((step) => written(step, initialCurrency)).join(" "));
  const [amount, setAmount] = useState(current === null ? "" : written(current.body.amount, initialCurrency));
  const [shares, setShares] = useState<Record<string, string>>(
    Object.fromEntries(above.map((id) => [id, ((share) => (share === undefined ? "" : formatMinor(share.parts, 2)))(current?.body.passUp.find((entry) => entry.chapter === id))])),
  );
  const [decision, setDecision] = useState<RecordId | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const { busy, failure, done, run } = useDuesAction();

  /** The body the fields describe, or the problems of the fields. */
  function read(): { body: Omit<DuesSettingBody, "kind" | "decision"> } | { problems: Problems } {
    const found: { -readonly [K in keyof Problems]: Problems[K] } = {};
    if (!CURRENCY.test(currency)) found.currency = t("invalid.currency");
    const steps = scale.split(/\s+/).filter((step) => step !== "").map((step) => readMoney(step, currency));
    const bad = steps.find((step): step is { problem: string } => "problem" in step);
    if (steps.length === 0) found.scale = t("invalid.scale");
    else if (bad !== undefined) found.scale = bad.problem;
    const minors = [...new Set(steps.flatMap((step) => ("minor" in step ? [step.minor] : [])))].sort((a, b) => a - b);
    const suggested = readMoney(amount, currency);
    if (!("minor" in suggested) || !minors.includes(suggested.minor)) found.amount = t("invalid.amount");
    const share: Record<string, string> = {};
    const passUp: { chapter: ChapterId; parts: number }[] = [];
    for (const id of above) {
      const text = (shares[id] ?? "").trim();
      if (text === "") continue;
      // A percentage with two decimals is exactly a number of parts of 10,000 (DU2.1).
      const parts = parseMoney(text, 2);
      if (!parts.ok || parts.minor > WHOLE_SHARE) share[id] = t("invalid.share");
      else if (parts.minor > 0) passUp.push({ chapter: id, parts: parts.minor });
    }
    if (Object.keys(share).length > 0) found.share = share;
    else if (passUp.reduce((sum, entry) => sum + entry.parts, 0) > WHOLE_SHARE) found.shares = t("invalid.shares");
    if (Object.keys(found).length > 0 || !("minor" in suggested)) return { problems: found };
    return { body: { chapter: chapter.id, currency, period, amount: suggested.minor, scale: minors, passUp } };
  }

  return (
    <section aria-labelledby={`${ids}-set`}>
      <h3 id={`${ids}-set`}>{t("set.heading")}</h3>
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          const fields = read();
          if ("problems" in fields) {
            setProblems(fields.problems);
            return;
          }
          setProblems({});
          if (decision === null) return;
          void run(() => setDues(space, session, { ...fields.body, decision }, current?.id ?? null));
        }}
      >
        <div className="dues-fields">
          <TextField label={t("set.currency")} description={t("set.currencyText")} value={currency} onChange={(value) => setCurrency(value.trim().toUpperCase())} isDisabled={busy} {...(problems.currency === undefined ? {} : { errorMessage: problems.currency })} />
          <Select label={t("set.period")} options={PERIODS.map((id) => ({ id, label: t(`periodName.${id}`) }))} selectedKey={period} onSelectionChange={(key) => setPeriod(String(key) as DuesPeriod)} isDisabled={busy} />
          <TextField label={t("set.scale")} description={t("set.scaleText")} value={scale} onChange={setScale} isDisabled={busy} {...(problems.scale === undefined ? {} : { errorMessage: problems.scale })} />
          <TextField label={t("set.amount")} description={t("set.amountText")} value={amount} onChange={setAmount} isDisabled={busy} {...(problems.amount === undefined ? {} : { errorMessage: problems.amount })} />
          {above.map((id) => (
            <TextField
              key={id}
              label={t("set.share", { chapter: roster.chapters.get(id)?.name ?? id })}
              description={t("set.shareText")}
              value={shares[id] ?? ""}
              onChange={(value) => setShares((old) => ({ ...old, [id]: value }))}
              isDisabled={busy}
              {...(problems.share?.[id] === undefined ? {} : { errorMessage: problems.share[id] })}
            />
          ))}
          <DecisionPicker decisions={decisions} value={decision} onChange={setDecision} isDisabled={busy} />
        </div>
        {problems.shares === undefined ? null : <Problem>{problems.shares}</Problem>}
        {failure === undefined ? null : <Problem>{failure}</Problem>}
        {done ? (
          <p role="status" className="dues-done">
            {t("set.done")}
          </p>
        ) : null}
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={busy || decision === null}>
            {t("set.button")}
          </Button>
        </FormActions>
      </Form>
    </section>
  );
}
