import { useId } from "react";
import type { OptionId } from "@chapterhouse/crdt/tally";
import type { BallotOption } from "./ballot-option.js";

/** Props of the one-option choice of a plurality vote. */
export interface PluralityInputProps {
  readonly options: readonly BallotOption[];
  /** The chosen option, or null before the member chooses. */
  readonly value: OptionId | null;
  /** Called with the chosen option's id (the ballot's `choice`, PROTOCOL.md T1.1). */
  readonly onChange: (option: OptionId) => void;
  readonly legend: string;
}

/** A radio list: exactly one option. */
export function PluralityInput({ options, value, onChange, legend }: PluralityInputProps) {
  const name = useId();
  return (
    <fieldset className="option-list">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="option-row">
          <input type="radio" name={name} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
