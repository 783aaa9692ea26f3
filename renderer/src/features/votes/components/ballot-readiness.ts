import type { Choice } from "@chapterhouse/crdt/tally";
import type { BallotOption } from "./ballot-option.js";
import { choiceWords } from "./choice-words.js";
import { choiceAsList, choiceAsPlaces, choiceAsScores, choiceAsWord } from "./choice-shape.js";
import type { VoteRule } from "./describe-rule.js";
import { hasSharedPlace } from "./ranking-edits.js";

/** Whether a draft can be cast, and what to tell the member about it first. */
export interface BallotReadiness {
  readonly ready: boolean;
  /** Why it can't be cast yet, or what casting it means when that may surprise. */
  readonly note: string | null;
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
      const word = choiceAsWord(choice);
      const ready = choiceWords(rule.type).some((known) => known.value === word);
      return { ready, note: ready ? null : "Choose one of the answers first." };
    }
    case "plurality": {
      const chosen = choiceAsWord(choice);
      const ready = options.some((option) => option.id === chosen);
      return { ready, note: ready ? null : "Choose an option first." };
    }
    case "approval":
      return { ready: true, note: choiceAsList(choice).length === 0 ? "You approve no option: your ballot counts for turnout only." : null };
    case "score": {
      const scores = choiceAsScores(choice);
      const allZero = options.every((option) => (scores[option.id] ?? 0) === 0);
      return { ready: true, note: allZero ? "Every option has 0: your ballot counts for turnout but gives no points." : null };
    }
    case "irv":
    case "schulze": {
      const places = choiceAsPlaces(choice);
      if (rule.type === "irv" && hasSharedPlace(places)) {
        return { ready: false, note: "Give each option its own place: instant runoff counts your ballot for one option at a time, so it cannot take equal ranks." };
      }
      return { ready: true, note: places.length === 0 ? "You rank no option: your ballot counts for turnout only." : null };
    }
  }
}
