import { MAX_ITEM_TITLE_LENGTH, MAX_OPTION_LABEL_LENGTH, MAX_RESULT_OPTIONS, RESULT_METHODS, type AgendaNode, type PresencePanel, type ResultMethod } from "@chapterhouse/crdt/assemblies";
import type { MemberKey } from "@chapterhouse/crdt/records";
import type { Fraction } from "@chapterhouse/crdt/tally";
import { useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { NumberField } from "../../shared/ui/NumberField.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { TextField } from "../../shared/ui/TextField.js";
import { useMemberLabel } from "../profiles/index.js";
import type { AssemblyContext } from "./assembly-actions.js";
import { enterPaperResult } from "./minutes-actions.js";
import { useAction } from "./use-action.js";

/** The shares a chair picks from (AS9.1 `threshold`): the usual ones, exact fractions. */
const THRESHOLDS: Readonly<Record<"none" | "half" | "twoThirds" | "threeQuarters", Fraction | null>> = { none: null, half: { num: 1, den: 2 }, twoThirds: { num: 2, den: 3 }, threeQuarters: { num: 3, den: 4 } };
type Threshold = keyof typeof THRESHOLDS;

const whole = (value: number): number => (Number.isNaN(value) ? 0 : value);

/** A chair enters a vote on `item` taken on paper or by hands (AS9.1), with the room's presence and quorum as they are now, and names two tellers. */
export function PaperResultForm({ context, item, panel, members }: { readonly context: AssemblyContext; readonly item: AgendaNode; readonly panel: PresencePanel; readonly members: readonly MemberKey[] }) {
  const t = useT("minutes");
  const format = useFormat();
  const label = useMemberLabel();
  const { busy, failure, run } = useAction();
  const [question, setQuestion] = useState("");
  const [method, setMethod] = useState<ResultMethod>("hands");
  const [options, setOptions] = useState(() => [
    { label: t("results.defaultFor"), count: 0 },
    { label: t("results.defaultAgainst"), count: 0 },
  ]);
  const [abstentions, setAbstentions] = useState(0);
  const [threshold, setThreshold] = useState<Threshold>("half");
  const [tellers, setTellers] = useState<readonly (MemberKey | null)[]>([null, null]);
  const people = members.map((key) => ({ id: key, label: label(key) }));
  const setOption = (i: number, change: Partial<{ label: string; count: number }>) => setOptions(options.map((option, j) => (j === i ? { ...option, ...change } : option)));
  const submit = () =>
    run(async () => {
      await enterPaperResult(context, {
        item: item.id,
        question,
        method,
        options,
        abstentions,
        present: panel.weight,
        electorate: panel.electorate,
        quorum: panel.quorum,
        threshold: THRESHOLDS[threshold],
        tellers: tellers.filter((key): key is MemberKey => key !== null),
      });
      setQuestion("");
    });
  return (
    <form
      className="assembly-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3>{t("results.enter")}</h3>
      <p className="assembly-muted">{t("results.atThisMoment", { present: format.count(panel.weight), electorate: format.count(panel.electorate) })}</p>
      <TextField label={t("results.questionLabel")} value={question} onChange={setQuestion} limit={MAX_ITEM_TITLE_LENGTH} />
      <Select label={t("results.methodLabel")} options={RESULT_METHODS.map((id) => ({ id, label: t(`results.method.${id}`) }))} selectedKey={method} onSelectionChange={(key) => setMethod(String(key) as ResultMethod)} />
      {options.map((option, i) => (
        <div className="assembly-row" key={i}>
          <TextField label={t("results.optionName", { number: i + 1 })} value={option.label} onChange={(value) => setOption(i, { label: value })} limit={MAX_OPTION_LABEL_LENGTH} />
          <NumberField label={t("results.optionCount", { number: i + 1 })} value={option.count} minValue={0} onChange={(value) => setOption(i, { count: whole(value) })} />
        </div>
      ))}
      <div className="assembly-row">
        <Button size="small" variant="quiet" isDisabled={options.length >= MAX_RESULT_OPTIONS} onPress={() => setOptions([...options, { label: "", count: 0 }])}>
          {t("results.addOption")}
        </Button>
        <Button size="small" variant="quiet" isDisabled={options.length <= 1} onPress={() => setOptions(options.slice(0, -1))}>
          {t("results.removeOption")}
        </Button>
      </div>
      <NumberField label={t("results.abstentions")} value={abstentions} minValue={0} onChange={(value) => setAbstentions(whole(value))} />
      <Select label={t("results.thresholdLabel")} options={Object.keys(THRESHOLDS).map((id) => ({ id, label: t(`results.thresholds.${id as Threshold}`) }))} selectedKey={threshold} onSelectionChange={(key) => setThreshold(String(key) as Threshold)} />
      {[t("results.firstTeller"), t("results.secondTeller")].map((name, i) => (
        <Select key={name} label={name} options={people} selectedKey={tellers[i] ?? null} onSelectionChange={(key) => setTellers(tellers.map((held, j) => (j === i ? (key === null ? null : (String(key) as MemberKey)) : held)))} />
      ))}
      <Button type="submit" variant="primary" isDisabled={busy}>
        {t("results.save")}
      </Button>
      {failure === null ? null : <Problem>{failure}</Problem>}
    </form>
  );
}
