import { MAX_CAP, MAX_DEPTH, MAX_TOPIC, type OpenDelegations } from "@chapterhouse/crdt/delegation";
import { useT } from "../../shared/i18n/use-t.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { NumberField } from "../../shared/ui/NumberField.js";
import { TextField } from "../../shared/ui/TextField.js";

/** What the open-vote form holds of delegation, as typed. */
export interface DelegationChoice {
  readonly count: boolean;
  readonly depth: number;
  readonly capped: boolean;
  readonly cap: number;
  readonly topic: string;
}

/** Delegations count, one level, no cap, no topic: classic proxies (DESIGN §5). */
export const DEFAULT_DELEGATION: DelegationChoice = { count: true, depth: 1, capped: false, cap: 10, topic: "" };

/** The open's delegation settings (DG1.4, without its sets) of a choice; null when delegations do not count; undefined when a number is out of range. Never throws. */
export function delegationSettings(choice: DelegationChoice): Omit<OpenDelegations, "sets"> | null | undefined {
  if (!choice.count) return null;
  const topic = choice.topic.trim();
  const whole = (n: number, max: number) => Number.isSafeInteger(n) && n >= 1 && n <= max;
  if (!whole(choice.depth, MAX_DEPTH) || (choice.capped && !whole(choice.cap, MAX_CAP)) || topic.length > MAX_TOPIC) return undefined;
  return { depth: choice.depth, cap: choice.capped ? choice.cap : null, topic: topic === "" ? null : topic };
}

/** The open-vote form's delegation settings (DG1.4): whether delegations count, the longest chain, a per-voter cap, a topic. */
export function DelegationSettings({ value, onChange }: { readonly value: DelegationChoice; readonly onChange: (value: DelegationChoice) => void }) {
  const t = useT("votes");
  return (
    <fieldset className="ballot-group delegation-settings">
      <legend>{t("open.delegation.legend")}</legend>
      <Checkbox isSelected={value.count} onChange={(count) => onChange({ ...value, count })}>
        {t("open.delegation.count")}
      </Checkbox>
      <p className="ballot-help">{t(value.count ? "open.delegation.countHelp" : "open.delegation.offHelp")}</p>
      {value.count && (
        <>
          <NumberField label={t("open.delegation.depth")} description={t("open.delegation.depthHelp")} minValue={1} maxValue={MAX_DEPTH} value={value.depth} onChange={(depth) => onChange({ ...value, depth })} />
          <Checkbox isSelected={value.capped} onChange={(capped) => onChange({ ...value, capped })}>
            {t("open.delegation.capped")}
          </Checkbox>
          {value.capped && <NumberField label={t("open.delegation.cap")} minValue={1} maxValue={MAX_CAP} value={value.cap} onChange={(cap) => onChange({ ...value, cap })} />}
          <TextField label={t("open.delegation.topic")} description={t("open.delegation.topicHelp")} optional limit={MAX_TOPIC} value={value.topic} onChange={(topic) => onChange({ ...value, topic })} />
        </>
      )}
    </fieldset>
  );
}
