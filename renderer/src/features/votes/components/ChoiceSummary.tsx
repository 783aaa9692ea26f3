import type { Choice } from "@chapterhouse/crdt/tally";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { optionLabel, type BallotOption } from "./ballot-option.js";
import { isChoiceWord } from "./choice-words.js";
import { choiceAsList, choiceAsPlaces, choiceAsScores, choiceAsWord } from "./choice-shape.js";
import type { VoteRule } from "./use-describe-rule.js";

/** Props of a ballot's choice written out in words. */
export interface ChoiceSummaryProps {
  readonly rule: VoteRule;
  readonly options: readonly BallotOption[];
  readonly choice: Choice;
}

/** A choice as the member reads it back: the word, the option, the approvals, the scores or the ranking. */
export function ChoiceSummary({ rule, options, choice }: ChoiceSummaryProps) {
  const t = useT("votes");
  const format = useFormat();
  switch (rule.type) {
    case "majority":
    case "supermajority":
    case "consent":
    case "consensus": {
      const word = choiceAsWord(choice);
      return (
        <p className="choice-summary">
          <strong>{isChoiceWord(rule.type, word) ? t(`choice.${word}`) : (word ?? t("summary.noChoice"))}</strong>
        </p>
      );
    }
    case "plurality": {
      const chosen = choiceAsWord(choice);
      return (
        <p className="choice-summary">
          <strong>{chosen === null ? t("summary.noOption") : optionLabel(options, chosen)}</strong>
        </p>
      );
    }
    case "approval": {
      const approved = new Set<string>(choiceAsList(choice));
      return approved.size === 0 ? (
        <p className="choice-summary">{t("summary.approveNone")}</p>
      ) : (
        <div className="choice-summary">
          <p>{t("summary.approve")}</p>
          <ul>
            {options
              .filter((option) => approved.has(option.id))
              .map((option) => (
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
              <dd>{t("summary.scoreOf", { score: format.count(scores[option.id] ?? 0), max: format.count(rule.maxScore) })}</dd>
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
            <p>{t("summary.rankNone")}</p>
          ) : (
            <ol aria-label={t("ranking.ranked")}>
              {places.map((place) => (
                <li key={place.join("\u0000")} data-shared={place.length > 1}>
                  {place.length > 1 ? t("summary.samePlace", { options: place.map((id) => optionLabel(options, id)).join(" = ") }) : optionLabel(options, place[0] ?? "")}
                </li>
              ))}
            </ol>
          )}
          {unranked.length > 0 && <p className="ballot-help">{t("summary.unranked", { options: format.list(unranked.map((option) => option.label)) })}</p>}
        </div>
      );
    }
  }
}
