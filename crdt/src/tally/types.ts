/**
 * The tally's input and result (PROTOCOL.md T1, T17). Inputs are plain data that canonical
 * JSON can carry: integers and `{ num, den }` fractions, never floats.
 */
import type { MemberKey } from "../records/ids.js";

declare const optionBrand: unique symbol;
/** An option of an option vote: a non-empty string, unique within the vote (T1.2). */
export type OptionId = string & { readonly [optionBrand]: "OptionId" };

/** A fraction on the wire (R1.3): safe integers, `den > 0`. */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

/** Rules decided by for/against-style choices; their outcome is passed or rejected (T6). */
export type YesNoRuleType = "majority" | "supermajority" | "consent" | "consensus";
/** Rules that choose among options; their outcome is decided or tie (T6). */
export type OptionRuleType = "plurality" | "approval" | "score" | "irv" | "schulze";
export type RuleType = YesNoRuleType | OptionRuleType;

/** Every rule may carry a quorum: a fraction of the electorate's total weight (T5). */
interface RuleBase {
  readonly quorum?: Fraction;
}

/** A voting rule with its parameters, as frozen in a vote's open record (T1.1). */
export type Rule =
  | (RuleBase & { readonly type: "majority" })
  | (RuleBase & { readonly type: "supermajority"; readonly threshold: Fraction })
  | (RuleBase & { readonly type: "consent"; readonly maxBlocks?: number })
  | (RuleBase & { readonly type: "consensus"; readonly maxStandAsides?: number })
  | (RuleBase & { readonly type: "plurality" })
  | (RuleBase & { readonly type: "approval" })
  | (RuleBase & { readonly type: "score"; readonly maxScore: number })
  | (RuleBase & { readonly type: "irv" })
  | (RuleBase & { readonly type: "schulze" });

/** Choices of majority and supermajority (T7, T8). */
export type YesNoChoice = "for" | "against" | "abstain";
/** Choices of consent (T9). */
export type ConsentChoice = "consent" | "concern" | "stand-aside" | "block";
/** Choices of consensus (T10). */
export type ConsensusChoice = "agree" | "stand-aside" | "block";

/**
 * One place of a ranking (T1.6): an option id, or a non-empty list of option ids ranked equally
 * (schulze only; instant runoff refuses equal ranks).
 */
export type RankingPlace = string | readonly string[];

/**
 * What a ballot says (T3.3): a word (yes/no rules), one option (plurality), a list of options
 * (approval: a set), a ranking of places, most preferred first (irv, schulze: T1.6), or
 * option → score (score).
 */
export type Choice = string | readonly RankingPlace[] | { readonly [option: string]: number };

/** One member of the electorate with their weight, an integer ≥ 1 (T2). */
export interface WeightedVoter {
  readonly member: MemberKey;
  readonly weight: number;
}

/** One member's ballot (T3). */
export interface Ballot {
  readonly member: MemberKey;
  readonly choice: Choice;
}

/** Everything a tally reads (T1). */
export interface TallyInput {
  readonly rule: Rule;
  /** The options of an option vote; omitted or empty for yes/no rules. */
  readonly options?: readonly OptionId[];
  readonly electorate: readonly WeightedVoter[];
  readonly ballots: readonly Ballot[];
}

/** A rule as applied: defaults filled in, fractions reduced (T17). */
export type AppliedRule =
  | (RuleBase & { readonly type: "majority" | "plurality" | "approval" | "irv" | "schulze" })
  | (RuleBase & { readonly type: "supermajority"; readonly threshold: Fraction })
  | (RuleBase & { readonly type: "consent"; readonly maxBlocks: number })
  | (RuleBase & { readonly type: "consensus"; readonly maxStandAsides: number })
  | (RuleBase & { readonly type: "score"; readonly maxScore: number });

/** How many counted ballots made one choice, and their total weight. */
export interface ChoiceTotal {
  readonly ballots: number;
  readonly weight: number;
}

/** Totals of majority, supermajority, consent and consensus (T7–T10). */
export interface ChoiceTotals {
  readonly choices: { readonly [choice: string]: ChoiceTotal };
  /** supermajority only: for / (for + against), reduced; null when no one voted for or against. */
  readonly share?: Fraction | null;
}

/** Totals of plurality, approval and score: the number each option is ranked by (T11–T13). */
export interface OptionTotals {
  readonly options: { readonly [option: string]: number };
}

/** One round of instant runoff (T14). */
export interface RunoffRound {
  /** Weight of the ballots counting for each continuing option. */
  readonly counts: { readonly [option: string]: number };
  /** Weight of ballots that still rank a continuing option. */
  readonly continuing: number;
  /** Weight of counted ballots that rank no continuing option. */
  readonly exhausted: number;
  /** Options eliminated at the end of this round; empty in the last round. */
  readonly eliminated: readonly OptionId[];
}

/** Totals of instant runoff (T14). */
export interface RunoffTotals {
  readonly rounds: readonly RunoffRound[];
}

/** Totals of Schulze (T15): d[x][y] and p[x][y] for every ordered pair x ≠ y. */
export interface SchulzeTotals {
  readonly pairwise: { readonly [option: string]: { readonly [option: string]: number } };
  readonly strongestPaths: { readonly [option: string]: { readonly [option: string]: number } };
}

export type Totals = ChoiceTotals | OptionTotals | RunoffTotals | SchulzeTotals;

/** Outcomes of yes/no rules and option rules (T6). */
export type Outcome = "passed" | "rejected" | "decided" | "tie" | "no-quorum";

/** Who voted, against the electorate (T5). */
export interface Turnout {
  /** Counted ballots, abstentions and stand-asides included. */
  readonly ballots: number;
  /** Their total weight. */
  readonly weight: number;
  readonly electorateMembers: number;
  readonly electorateWeight: number;
}

/** A ballot the tally did not count, and why (T3.2). */
export interface IgnoredBallot {
  readonly member: MemberKey;
  readonly reason: "not-in-electorate";
}

/** The result of a tally (T17). */
export interface TallyResult {
  readonly rule: AppliedRule;
  readonly outcome: Outcome;
  /** Sorted; one option when decided, the tied options on a tie, empty otherwise. */
  readonly winners: readonly OptionId[];
  /** Places, best first, each a sorted list of the options sharing it; empty for yes/no rules. */
  readonly ranking: readonly (readonly OptionId[])[];
  readonly quorumMet: boolean;
  readonly turnout: Turnout;
  readonly totals: Totals;
  /** Sorted by member. */
  readonly ignored: readonly IgnoredBallot[];
}
