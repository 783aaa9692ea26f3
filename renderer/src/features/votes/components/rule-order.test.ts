import { RULE_TYPES } from "@chapterhouse/crdt/tally";
import { describe, expect, it } from "vitest";
import en from "../../../locales/en/votes.json";
import { RULE_ORDER, YES_NO_RULES } from "./rule-order.js";

/** One sentence: ends with a full stop, and no full stop followed by a new sentence inside it. */
function isOneSentence(text: string): boolean {
  return text.endsWith(".") && !/[.!?]\s+[A-Z]/.test(text.slice(0, -1));
}

describe("the rules the open-vote form lists", () => {
  it("[T1.1] are each of the nine rules of the core exactly once, yes/no rules first", () => {
    expect([...RULE_ORDER].sort()).toEqual([...RULE_TYPES].sort());
    expect(RULE_ORDER.slice(0, YES_NO_RULES.size).every((type) => YES_NO_RULES.has(type))).toBe(true);
  });

  it("[T1.1] are explained in the catalogue: how each decides in one sentence, when it fits in another, how to vote", () => {
    for (const type of RULE_ORDER) {
      const words: { summary: string; fitsWhen: string; howToVote: string } = en.rule[type];
      expect(isOneSentence(words.summary), words.summary).toBe(true);
      expect(isOneSentence(words.fitsWhen), words.fitsWhen).toBe(true);
      expect(words.fitsWhen.startsWith("Fits ")).toBe(true);
      expect(words.howToVote.length).toBeGreaterThan(0);
    }
  });
});
