import { compareIds, type OptionId } from "@chapterhouse/crdt/tally";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { Checkbox } from "../../../shared/ui/Checkbox.js";
import type { BallotOption } from "./ballot-option.js";

/** Props of the checkboxes of an approval vote. */
export interface ApprovalInputProps {
  readonly options: readonly BallotOption[];
  /** The approved options. */
  readonly value: readonly OptionId[];
  /** Called with the approved options, sorted by id: a set written one way (PROTOCOL.md T1.1). */
  readonly onChange: (approved: readonly OptionId[]) => void;
  readonly legend: string;
}

/** Checkboxes in a named group: approve any number of options, none or all included; how many is said as it changes. */
export function ApprovalInput({ options, value, onChange, legend }: ApprovalInputProps) {
  const t = useT("votes");
  const format = useFormat();
  const approved = new Set<string>(value);
  function toggle(id: OptionId, on: boolean): void {
    const next = new Set<OptionId>(value);
    if (on) next.add(id);
    else next.delete(id);
    onChange([...next].sort(compareIds));
  }
  return (
    <fieldset className="ballot-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <Checkbox key={option.id} value={option.id} isSelected={approved.has(option.id)} onChange={(on) => toggle(option.id, on)}>
          {option.label}
        </Checkbox>
      ))}
      <p className="ballot-help" aria-live="polite">
        {approved.size === 0 ? t("approval.none") : t("approval.some", { approved: format.count(approved.size), total: format.count(options.length) })}
      </p>
    </fieldset>
  );
}
