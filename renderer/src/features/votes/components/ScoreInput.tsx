import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { NumberField } from "../../../shared/ui/NumberField.js";
import { RadioGroup } from "../../../shared/ui/RadioGroup.js";
import type { BallotOption } from "./ballot-option.js";

/** A score ballot's choice: option id → integer 0 … maxScore (PROTOCOL.md T1.1). */
export type Scores = { readonly [option: string]: number };

/** Props of the score scales of a score vote. */
export interface ScoreInputProps {
  readonly options: readonly BallotOption[];
  readonly maxScore: number;
  /** The scores given so far; an option left out scores 0. */
  readonly value: Scores;
  /** Called with a score for every option (0 included), integers 0 … maxScore. */
  readonly onChange: (scores: Scores) => void;
  readonly legend: string;
}

/** Up to this maximum each step is a radio of its own; above it the score is a number field. */
const MAX_BUTTON_SCALE = 10;

/** A 0 … maxScore scale per option: a row of radios (arrow keys step), or a number field kept within the scale for large ones. */
export function ScoreInput({ options, maxScore, value, onChange, legend }: ScoreInputProps) {
  const t = useT("votes");
  const format = useFormat();
  function setScore(id: string, score: number): void {
    const next: { [option: string]: number } = {};
    for (const option of options) next[option.id] = option.id === id ? score : (value[option.id] ?? 0);
    onChange(next);
  }
  const steps = Array.from({ length: maxScore + 1 }, (_, step) => ({ id: String(step), label: format.count(step) }));
  return (
    <fieldset className="ballot-group score-input">
      <legend>{legend}</legend>
      <p className="ballot-help">{t("score.help", { max: format.count(maxScore) })}</p>
      {options.map((option) =>
        maxScore <= MAX_BUTTON_SCALE ? (
          <div key={option.id} className="score-scale">
            <RadioGroup label={option.label} orientation="horizontal" options={steps} value={String(value[option.id] ?? 0)} onChange={(step) => setScore(option.id, Number(step))} />
          </div>
        ) : (
          <NumberField
            key={option.id}
            label={option.label}
            minValue={0}
            maxValue={maxScore}
            step={1}
            value={value[option.id] ?? 0}
            onChange={(score) => setScore(option.id, Number.isSafeInteger(score) ? score : 0)}
          />
        ),
      )}
    </fieldset>
  );
}
