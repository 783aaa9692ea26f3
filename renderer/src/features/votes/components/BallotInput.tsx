import type { Choice, OptionId } from "@chapterhouse/crdt/tally";
import { useT } from "../../../shared/i18n/use-t.js";
import type { BallotOption } from "./ballot-option.js";
import { ApprovalInput } from "./ApprovalInput.js";
import { choiceWords } from "./choice-words.js";
import { choiceAsList, choiceAsPlaces, choiceAsScores, choiceAsWord, placesAsChoice } from "./choice-shape.js";
import type { VoteRule } from "./use-describe-rule.js";
import { PluralityInput } from "./PluralityInput.js";
import { RankingInput } from "./RankingInput.js";
import { ScoreInput } from "./ScoreInput.js";
import { WordChoiceInput } from "./WordChoiceInput.js";

/** Props of the ballot input of any rule. */
export interface BallotInputProps {
  readonly rule: VoteRule;
  /** The vote's options (option rules); ignored by yes/no rules. */
  readonly options: readonly BallotOption[];
  /** The draft choice, or null before the member chooses. */
  readonly value: Choice | null;
  /**
   * Called with the new choice, exactly as the ballot's `choice` carries it (PROTOCOL.md T1.1):
   * a word; an option id; approved ids sorted; a ranking of places, most preferred first (options
   * sharing a place only under Schulze, T1.6); scores for every option.
   */
  readonly onChange: (choice: Choice) => void;
}

/** The input a rule needs: choice buttons, a radio list, checkboxes, score scales or a ranking. */
export function BallotInput({ rule, options, value, onChange }: BallotInputProps) {
  const t = useT("votes");
  switch (rule.type) {
    case "majority":
    case "supermajority":
    case "consent":
    case "consensus":
      return <WordChoiceInput words={choiceWords(rule.type)} value={choiceAsWord(value)} onChange={onChange} legend={t("ballot.yourChoice")} />;
    case "plurality":
      return <PluralityInput options={options} value={choiceAsWord(value) as OptionId | null} onChange={onChange} legend={t("ballot.chooseOne")} />;
    case "approval":
      return <ApprovalInput options={options} value={choiceAsList(value)} onChange={onChange} legend={t("ballot.approve")} />;
    case "score":
      return <ScoreInput options={options} maxScore={rule.maxScore} value={choiceAsScores(value)} onChange={onChange} legend={t("ballot.score")} />;
    case "irv":
    case "schulze":
      return (
        <RankingInput
          options={options}
          value={choiceAsPlaces(value)}
          onChange={(places) => onChange(placesAsChoice(places))}
          allowTies={rule.type === "schulze"}
          legend={t("ballot.rank")}
        />
      );
  }
}
