import type { ConsensusChoice, ConsentChoice, YesNoChoice, YesNoRuleType } from "@chapterhouse/crdt/tally";

/**
 * The words a ballot of a yes/no rule can carry (PROTOCOL.md T1.1), exactly as the ballot's
 * `choice` carries them. Each one's label and what choosing it says are in the votes catalogue
 * (`choice.<word>`, `choiceHint.<word>`).
 */
export type BallotWord = YesNoChoice | ConsentChoice | ConsensusChoice;

/** Majority and supermajority (T7, T8). */
export const YES_NO_WORDS: readonly YesNoChoice[] = ["for", "against", "abstain"];
/** Consent (T9). */
export const CONSENT_WORDS: readonly ConsentChoice[] = ["consent", "concern", "stand-aside", "block"];
/** Consensus (T10). */
export const CONSENSUS_WORDS: readonly ConsensusChoice[] = ["agree", "stand-aside", "block"];

/** The words a ballot of a yes/no rule may carry, in the order they are shown. Never throws. */
export function choiceWords(type: YesNoRuleType): readonly BallotWord[] {
  switch (type) {
    case "majority":
    case "supermajority":
      return YES_NO_WORDS;
    case "consent":
      return CONSENT_WORDS;
    case "consensus":
      return CONSENSUS_WORDS;
  }
}

/** Whether `word` is one of the words of `type`. Never throws. */
export function isChoiceWord(type: YesNoRuleType, word: string | null): word is BallotWord {
  return choiceWords(type).some((known) => known === word);
}
