import type { OptionId } from "@chapterhouse/crdt/tally";
import { RadioGroup } from "../../../shared/ui/RadioGroup.js";
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

/** A radio group: exactly one option. */
export function PluralityInput({ options, value, onChange, legend }: PluralityInputProps) {
  return (
    <RadioGroup
      label={legend}
      value={value}
      onChange={(id) => {
        const chosen = options.find((option) => option.id === id);
        if (chosen !== undefined) onChange(chosen.id);
      }}
      options={options.map((option) => ({ id: option.id, label: option.label }))}
    />
  );
}
