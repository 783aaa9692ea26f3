import { compareIds, type OptionId } from "@chapterhouse/crdt/tally";
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

/** Checkboxes: approve any number of options, none or all included. */
export function ApprovalInput({ options, value, onChange, legend }: ApprovalInputProps) {
  const approved = new Set<string>(value);
  function toggle(id: OptionId, on: boolean): void {
    const next = new Set<OptionId>(value);
    if (on) next.add(id);
    else next.delete(id);
    onChange([...next].sort(compareIds));
  }
  return (
    <fieldset className="option-list">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="option-row">
          <input type="checkbox" value={option.id} checked={approved.has(option.id)} onChange={(event) => toggle(option.id, event.currentTarget.checked)} />
          <span>{option.label}</span>
        </label>
      ))}
      <p className="help" aria-live="polite">
        {approved.size === 0 ? "No option approved yet." : `${approved.size} of ${options.length} approved.`}
      </p>
    </fieldset>
  );
}
