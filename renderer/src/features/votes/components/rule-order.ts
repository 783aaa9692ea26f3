import type { RuleType } from "@chapterhouse/crdt/tally";

/**
 * The nine rules of PROTOCOL.md T7–T15 in the order the open-vote form lists them: yes/no rules
 * first, then option rules from the simplest. What each does, when it fits and how to vote under
 * it are in the votes catalogue (`rule.<type>`).
 */
export const RULE_ORDER: readonly RuleType[] = ["majority", "supermajority", "consent", "consensus", "plurality", "approval", "score", "irv", "schulze"];

/** The rules that decide yes or no on the proposal; the others choose among options. */
export const YES_NO_RULES: ReadonlySet<RuleType> = new Set(["majority", "supermajority", "consent", "consensus"]);
