import { useT } from "../../../shared/i18n/use-t.js";
import { RadioGroup } from "../../../shared/ui/RadioGroup.js";
import type { BallotWord } from "./choice-words.js";

/** Props of the choice of a yes/no rule. */
export interface WordChoiceInputProps {
  /** The words of the rule (choice-words.ts), in the order shown. */
  readonly words: readonly BallotWord[];
  /** The chosen word, or null before the member chooses. */
  readonly value: string | null;
  /** Called with exactly the chosen word (the ballot's `choice`). */
  readonly onChange: (word: BallotWord) => void;
  readonly legend: string;
}

/**
 * The choice of a yes/no rule (majority, supermajority, consent, consensus): a radio group, each
 * word with what choosing it says; the arrow keys move between the words.
 */
export function WordChoiceInput({ words, value, onChange, legend }: WordChoiceInputProps) {
  const t = useT("votes");
  return (
    <div className="word-choice">
      <RadioGroup
        label={legend}
        value={value}
        onChange={(word) => {
          const chosen = words.find((known) => known === word);
          if (chosen !== undefined) onChange(chosen);
        }}
        options={words.map((word) => ({ id: word, label: t(`choice.${word}`), description: t(`choiceHint.${word}`) }))}
      />
    </div>
  );
}
