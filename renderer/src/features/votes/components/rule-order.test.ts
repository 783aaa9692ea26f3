import { RULE_TYPES } from "@chapterhouse/crdt";
import { describe, expect, it } from "vitest";
import { describeRule } from "./describe-rule.js";
import { RULE_EXPLANATIONS, ruleExplanation } from "./rule-explanations.js";

/** One sentence: ends with a full stop, and no full stop followed by a new sentence inside it. */
function isOneSentence(text: string): boolean {
  return text.endsWith(".") && !/[.!?]\s+[A-Z]/.test(text.slice(0, -1));
}

describe("rule explanations", () => {
  it("[T1.1] explain each of the nine rules of the core exactly once", () => {
    expect(RULE_EXPLANATIONS.map((explanation) => explanation.type).sort()).toEqual([...RULE_TYPES].sort());
    for (const type of RULE_TYPES) expect(ruleExplanation(type).type).toBe(type);
  });

  it("[T1.1] say how each rule decides in one sentence and when it fits in another", () => {
    for (const explanation of RULE_EXPLANATIONS) {
      expect(isOneSentence(explanation.summary), explanation.summary).toBe(true);
      expect(isOneSentence(explanation.fitsWhen), explanation.fitsWhen).toBe(true);
      expect(explanation.fitsWhen.startsWith("Fits ")).toBe(true);
      expect(explanation.howToVote.length).toBeGreaterThan(0);
    }
  });

  it("[T8] [T9] [T10] [T13] [T5] describe the rule's parameters and quorum in words", () => {
    expect(describeRule({ type: "supermajority", threshold: { num: 2, den: 3 }, quorum: { num: 1, den: 2 } })).toEqual({
      name: "Supermajority",
      details: ["Passes with at least 2/3 (67%) of the votes for and against.", "Quorum: 1/2 (50%) of the electorate's voting weight must take part."],
    });
    expect(describeRule({ type: "consent" }).details).toEqual(["A single block stops it."]);
    expect(describeRule({ type: "consent", maxBlocks: 2 }).details).toEqual(["Passes with up to 2 blocks."]);
    expect(describeRule({ type: "consensus", maxStandAsides: 1 }).details[0]).toContain("up to 1 member may stand aside");
    expect(describeRule({ type: "score", maxScore: 5 }).details).toEqual(["Scores from 0 to 5."]);
    expect(describeRule({ type: "majority" }).details).toEqual([]);
  });
});
