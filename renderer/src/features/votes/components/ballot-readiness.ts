import type { Choice } from "@chapterhouse/crdt/tally";
import type { BallotOption } from "./ballot-option.js";
import { isChoiceWord } from "./choice-words.js";
import { choiceAsList, choiceAsPlaces, choiceAsScores, choiceAsWord } from "./choice-shape.js";
import { hasSharedPlace } from "./ranking-edits.js";
import type { VoteRule } from "./use-describe-rule.js";

/** What to tell the member about a draft, as a key of the votes catalogue's `readiness`. */
export type ReadinessNote = "choose-answer" | "choose-option" | "approve-none" | "all-zero" | "irv-ties" | "rank-none";

/** Whether a draft can be cast, and what to tell the member about it first. */
export interface BallotReadiness {
  readonly ready: boolean;
  /** Why it can't be cast yet, or what casting it means when that may surprise. */
  readonly note: ReadinessNote | null;
}

/**
 * Checks a draft against the rule's choice format (PROTOCOL.md T1.1, T3.3): yes/no rules and
 * plurality need a choice; an empty approval, ranking or all-zero score is valid but only counts
 * for turnout, which the member is told; an instant-runoff ranking may not rank options equally
 * (T1.6). Never throws.
 */
export function ballotReadiness(rule: VoteRule, options: readonly BallotOption[], choice: Choice | null): BallotReadiness {
  switch (rule.type) {
    case "majority":
    case "supermajority":
    case "consent":
    case "consensus": {
      const ready = isChoiceWord(rule.type, choiceAsWord(choice));
      return { ready, note: ready ? null : "choose-answer" };
    }
    case "plurality": {
      const chosen = choiceAsWord(choice);
      const ready = options.some((option) => option.id === chosen);
      return { ready, note: ready ? null : "choose-option" };
    }
    case "approval":
      return { ready: true, note: choiceAsList(choice).length === 0 ? "approve-none" : null };
    case "score": {
      const scores = choiceAsScores(choice);
      const allZero = options.every((option) => (scores[option.id] ?? 0) === 0);
      return { ready: true, note: allZero ? "all-zero" : null };
    }
    case "irv":
    case "schulze": {
      const places = choiceAsPlaces(choice);
      if (rule.type === "irv" && hasSharedPlace(places)) return { ready: false, note: "irv-ties" };
      return { ready: true, note: places.length === 0 ? "rank-none" : null };
    }
  }
}
