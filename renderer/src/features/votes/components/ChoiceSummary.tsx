import type { Choice } from "@chapterhouse/crdt/tally";
import { optionLabel, type BallotOption } from "./ballot-option.js";
import { choiceWords } from "./choice-words.js";
import { choiceAsList, choiceAsPlaces, choiceAsScores, choiceAsWord } from "./choice-shape.js";
import type { VoteRule } from "./describe-rule.js";
import { formatCount } from "../../../shared/i18n/format-number.js";

/** Props of a ballot's choice written out in words. */
export interface ChoiceSummaryProps {
  readonly rule: VoteRule;
  readonly options: readonly BallotOption[];
  readonly choice: Choice;
}

/** A choice as the member reads it back: the word, the option, the approvals, the scores or the ranking. */
export function ChoiceSummary({ rule, options, choice }: ChoiceSummaryProps) {
  switch (rule.type) {
    case "majority":
    case "supermajority":
    case "consent":
    case "consensus": {
      const word = choiceAsWord(choice);
      const known = choiceWords(rule.type).find((candidate) => candidate.value === word);
      return (
        <p className="choice-summary">
          <strong>{known?.label ?? word ?? "No choice"}</strong>
        </p>
      );
    }
    case "plurality": {
      const chosen = choiceAsWord(choice);
      return (
        <p className="choice-summary">
          <strong>{chosen === null ? "No option" : optionLabel(options, chosen)}</strong>
        </p>
      );
    }
    case "approval": {
      const approved = new Set<string>(choiceAsList(choice));
      return approved.size === 0 ? (
        <p className="choice-summary">You approve no option.</p>
      ) : (
        <div className="choice-summary">
          <p>You approve:</p>
          <ul>
            {options.filter((option) => approved.has(option.id)).map((option) => (
              <li key={option.id}>{option.label}</li>
            ))}
          </ul>
        </div>
      );
    }
    case "score": {
      const scores = choiceAsScores(choice);
      return (
        <dl className="choice-summary score-summary">
          {options.map((option) => (
            <div key={option.id}>
              <dt>{option.label}</dt>
              <dd>
                {formatCount(scores[option.id] ?? 0)} of {formatCount(rule.maxScore)}
              </dd>
            </div>
          ))}
        </dl>
      );
    }
    case "irv":
    case "schulze": {
      const places = choiceAsPlaces(choice);
      const ranked = new Set<string>(places.flat());
      const unranked = options.filter((option) => !ranked.has(option.id));
      return (
        <div className="choice-summary">
          {places.length === 0 ? (
            <p>You rank no option.</p>
          ) : (
            <ol aria-label="Your ranking">
              {places.map((place) => (
                <li key={place.join("\u0000")} data-shared={place.length > 1}>
                  {place.map((id) => optionLabel(options, id)).join(" = ")}
                  {place.length > 1 && <span className="place-shared"> (same rank)</span>}
                </li>
              ))}
            </ol>
          )}
          {unranked.length > 0 && (
            <p className="help">Not ranked (below all ranked options): {unranked.map((option) => option.label).join(", ")}</p>
          )}
        </div>
      );
    }
  }
}
