import { useId, useState } from "react";
import type { BallotOption } from "./ballot-option.js";
import { formatCount } from "../../../shared/i18n/format-number.js";

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

/** Up to this maximum each step is a button of its own; above it the score is typed. */
const MAX_BUTTON_SCALE = 10;

/** A 0 … maxScore scale per option: a row of radio buttons, or a number field for large scales. */
export function ScoreInput({ options, maxScore, value, onChange, legend }: ScoreInputProps) {
  function setScore(id: string, score: number): void {
    const next: { [option: string]: number } = {};
    for (const option of options) next[option.id] = option.id === id ? score : (value[option.id] ?? 0);
    onChange(next);
  }
  return (
    <fieldset className="score-input">
      <legend>{legend}</legend>
      <p className="help">
        0 is the lowest, {formatCount(maxScore)} the highest. Every option starts at 0.
      </p>
      {options.map((option) =>
        maxScore <= MAX_BUTTON_SCALE ? (
          <ScoreScale key={option.id} option={option} maxScore={maxScore} score={value[option.id] ?? 0} onScore={(score) => setScore(option.id, score)} />
        ) : (
          <ScoreField key={option.id} option={option} maxScore={maxScore} score={value[option.id] ?? 0} onScore={(score) => setScore(option.id, score)} />
        ),
      )}
    </fieldset>
  );
}

interface ScoreControlProps {
  readonly option: BallotOption;
  readonly maxScore: number;
  readonly score: number;
  readonly onScore: (score: number) => void;
}

function ScoreScale({ option, maxScore, score, onScore }: ScoreControlProps) {
  const name = useId();
  const steps = Array.from({ length: maxScore + 1 }, (_, step) => step);
  return (
    <fieldset className="score-scale">
      <legend>{option.label}</legend>
      <div className="score-steps">
        {steps.map((step) => (
          <label key={step} className="score-step">
            <input type="radio" name={name} value={step} checked={score === step} onChange={() => onScore(step)} aria-label={`${option.label}: ${step} of ${maxScore}`} />
            <span aria-hidden="true">{step}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ScoreField({ option, maxScore, score, onScore }: ScoreControlProps) {
  const id = useId();
  const [text, setText] = useState(String(score));
  const [error, setError] = useState<string | null>(null);
  function change(next: string): void {
    setText(next);
    const trimmed = next.trim();
    const parsed = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    if (Number.isSafeInteger(parsed) && parsed <= maxScore) {
      setError(null);
      onScore(parsed);
    } else {
      setError(`Enter a whole number from 0 to ${formatCount(maxScore)}.`);
    }
  }
  return (
    <div className="field score-field">
      <label htmlFor={id}>{option.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={maxScore}
        step={1}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : `${id}-error`}
        onChange={(event) => change(event.currentTarget.value)}
      />
      {error !== null && (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
