import { useId } from "react";
import type { ChoiceWord } from "./choice-words.js";

/** Props of the choice buttons of a yes/no rule. */
export interface WordChoiceInputProps {
  /** The words of the rule (choice-words.ts), in the order shown. */
  readonly words: readonly ChoiceWord[];
  /** The chosen word, or null before the member chooses. */
  readonly value: string | null;
  /** Called with exactly the chosen word (the ballot's `choice`). */
  readonly onChange: (word: string) => void;
  readonly legend: string;
}

/**
 * The choice of a yes/no rule (majority, supermajority, consent, consensus) as a row of large
 * buttons. They are native radio buttons, so a screen reader announces a radio group and the
 * arrow keys move between the words, as in any form.
 */
export function WordChoiceInput({ words, value, onChange, legend }: WordChoiceInputProps) {
  const name = useId();
  return (
    <fieldset className="choice-buttons">
      <legend>{legend}</legend>
      <div className="choice-buttons-row">
        {words.map((word) => {
          const hintId = `${name}-${word.value}-hint`;
          const labelId = `${name}-${word.value}-label`;
          return (
            <label key={word.value} className="choice-button" data-word={word.value}>
              <input
                type="radio"
                name={name}
                value={word.value}
                checked={value === word.value}
                aria-labelledby={labelId}
                aria-describedby={hintId}
                onChange={() => onChange(word.value)}
              />
              <span className="choice-button-label" id={labelId}>{word.label}</span>
              <span className="choice-button-hint" id={hintId}>
                {word.hint}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
