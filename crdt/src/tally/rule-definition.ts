/**
 * The shape every voting rule implements (PROTOCOL.md T6–T15). `tally` reads the input that
 * all rules share (T1–T5) and hands each rule only what is its own: its parameters, the
 * choice on one ballot, and the counted ballots.
 */
import type { MemberKey } from "../records/ids.js";
import type { Fraction, OptionId, Totals } from "./types.js";

/** A rule's own parameters in their wire form (besides `type` and `quorum`). */
export type RuleParams = { readonly [name: string]: number | Fraction };

/** A ballot the rule counts: its member is in the electorate, its choice read by the rule. */
export interface CountedBallot<C> {
  readonly member: MemberKey;
  readonly weight: number;
  readonly choice: C;
}

/** What a rule decides, before the quorum is applied (T5, T6). */
export interface RuleCount {
  readonly decision: "passed" | "rejected" | "decided" | "tie";
  readonly winners: readonly OptionId[];
  readonly ranking: readonly (readonly OptionId[])[];
  readonly totals: Totals;
}

/** One voting rule. P: its parameters; C: a ballot's choice once read. */
export interface RuleDefinition<P extends RuleParams, C> {
  /** yes/no rules take no options; option rules need at least two (T1.2). */
  readonly kind: "yes-no" | "options";
  /** Names of the rule's own parameters; any other member of the rule object is refused. */
  readonly paramNames: readonly string[];
  /**
   * Reads the parameters from the rule object, filling in defaults.
   * @throws {TallyInputError} if one is missing or out of range.
   */
  readParams(rule: { readonly [name: string]: unknown }): P;
  /**
   * Reads one ballot's choice.
   * @throws {TallyInputError} if it does not fit the rule (the message says why).
   */
  readChoice(choice: unknown, options: ReadonlySet<string>, params: P): C;
  /** Counts the ballots of electorate members, sorted by member. Never throws. */
  count(ballots: readonly CountedBallot<C>[], options: readonly OptionId[], params: P): RuleCount;
}
