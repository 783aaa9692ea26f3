import type { RuleType } from "@chapterhouse/crdt";

/** What a voting rule does and when to choose it, in words for members (DESIGN.md §6). */
export interface RuleExplanation {
  readonly type: RuleType;
  readonly name: string;
  /** One sentence: how the rule decides. */
  readonly summary: string;
  /** One sentence: the decisions it fits. */
  readonly fitsWhen: string;
  /** One or two sentences for the ballot screen: what a ballot under this rule says. */
  readonly howToVote: string;
}

/**
 * The nine rules of PROTOCOL.md T7–T15, in the order the open-vote form lists them: yes/no rules
 * first, then option rules from the simplest. Used by the open-vote form and the ballot screen.
 */
export const RULE_EXPLANATIONS: readonly RuleExplanation[] = [
  {
    type: "majority",
    name: "Majority",
    summary: "Passes when the weight of votes for is greater than the weight of votes against; abstentions count only for turnout, and an even split is rejected.",
    fitsWhen: "Fits everyday decisions that are easy to undo, where a plain yes or no is enough.",
    howToVote: "Choose for, against or abstain.",
  },
  {
    type: "supermajority",
    name: "Supermajority",
    summary: "Passes when votes for make up at least the threshold (for example two thirds) of the votes for and against; abstentions are left out of the share.",
    fitsWhen: "Fits weighty or hard-to-undo decisions, such as changing the chapter's rules or spending its reserves, that need broad support.",
    howToVote: "Choose for, against or abstain.",
  },
  {
    type: "consent",
    name: "Consent",
    summary: "Passes unless more members block than the rule allows (none by default); concerns and stand-asides are recorded but do not stop it.",
    fitsWhen: "Fits decisions that are good enough for now and safe enough to try, where only a principled objection should stop the group.",
    howToVote: "Choose consent, consent with concerns, stand aside or block. A block counts per member, whatever their weight.",
  },
  {
    type: "consensus",
    name: "Consensus",
    summary: "Passes only when nobody blocks and no more members stand aside than the rule allows.",
    fitsWhen: "Fits small groups deciding something that needs everyone on board, such as a shared space or a joint statement.",
    howToVote: "Choose agree, stand aside or block. A block counts per member, whatever their weight.",
  },
  {
    type: "plurality",
    name: "Plurality",
    summary: "Each member picks one option, and the option with the most weight wins, even without a majority.",
    fitsWhen: "Fits quick choices among a few options where a winner without a majority is acceptable.",
    howToVote: "Choose one option.",
  },
  {
    type: "approval",
    name: "Approval",
    summary: "Each member approves every option they find acceptable, and the option with the most approval wins.",
    fitsWhen: "Fits choosing a date, a venue or a name, where many options are acceptable and the most widely acceptable should win.",
    howToVote: "Tick every option you approve of; you may tick none or all of them.",
  },
  {
    type: "score",
    name: "Score",
    summary: "Each member gives every option a score from 0 to the maximum, and the option with the highest weighted total wins.",
    fitsWhen: "Fits comparing options where how strongly members feel matters, such as choosing which projects to fund.",
    howToVote: "Give each option a score; an option you leave at 0 gets no points from you.",
  },
  {
    type: "irv",
    name: "Instant runoff",
    summary: "Members rank the options; round by round the option with the fewest first preferences is eliminated and its ballots move to their next choice, until one option has more than half of the ballots still counting.",
    fitsWhen: "Fits electing one person or choosing one option out of several, when the winner should have majority support after weaker options drop out.",
    howToVote: "Rank the options you want, most preferred first, each in a place of its own. Options you leave unranked rank below all the ones you rank; once every option you ranked is eliminated, your ballot stops counting.",
  },
  {
    type: "schulze",
    name: "Schulze (ranked pairwise)",
    summary: "Members rank the options; every pair of options is compared head to head, and the option that beats each other option, directly or through a chain of stronger wins, comes first in a full ranking.",
    fitsWhen: "Fits choosing among several options when a full, fair ranking is wanted and an option preferred to every other should win.",
    howToVote: "Rank the options you want, most preferred first; you may rank several the same. Options you leave unranked rank below all the ones you rank, equal to each other.",
  },
];

/** The explanation of one rule. Never throws: every RuleType has one. */
export function ruleExplanation(type: RuleType): RuleExplanation {
  const found = RULE_EXPLANATIONS.find((explanation) => explanation.type === type);
  // RULE_EXPLANATIONS covers every RuleType (a test checks it against the core's RULE_TYPES).
  return found ?? { type, name: type, summary: "", fitsWhen: "", howToVote: "" };
}
