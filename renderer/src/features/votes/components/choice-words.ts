import type { ConsensusChoice, ConsentChoice, YesNoChoice, YesNoRuleType } from "@chapterhouse/crdt/tally";

/** One word a ballot of a yes/no rule can carry (PROTOCOL.md T1.1), with what it means. */
export interface ChoiceWord<W extends string = string> {
  /** Exactly the ballot's `choice`. */
  readonly value: W;
  readonly label: string;
  /** One short sentence: what choosing it says. */
  readonly hint: string;
}

/** Majority and supermajority (T7, T8). */
export const YES_NO_WORDS: readonly ChoiceWord<YesNoChoice>[] = [
  { value: "for", label: "For", hint: "You support the proposal." },
  { value: "against", label: "Against", hint: "You oppose the proposal." },
  { value: "abstain", label: "Abstain", hint: "You take part without taking a side; it counts for turnout only." },
];

/** Consent (T9). */
export const CONSENT_WORDS: readonly ChoiceWord<ConsentChoice>[] = [
  { value: "consent", label: "Consent", hint: "You can live with it and will help carry it out." },
  { value: "concern", label: "Consent with concerns", hint: "You consent and want your concerns on record." },
  { value: "stand-aside", label: "Stand aside", hint: "You won't stop it, and won't take part in carrying it out." },
  { value: "block", label: "Block", hint: "A principled objection: you believe it would harm the chapter." },
];

/** Consensus (T10). */
export const CONSENSUS_WORDS: readonly ChoiceWord<ConsensusChoice>[] = [
  { value: "agree", label: "Agree", hint: "You agree with the proposal." },
  { value: "stand-aside", label: "Stand aside", hint: "You won't stop it, and won't take part in carrying it out." },
  { value: "block", label: "Block", hint: "A principled objection: the proposal does not pass while you block." },
];

/** The words a ballot of a yes/no rule may carry, in the order they are shown. Never throws. */
export function choiceWords(type: YesNoRuleType): readonly ChoiceWord[] {
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
