import { describe, expect, it } from "vitest";
import { pickConfirmPositions, wrongConfirmations } from "./confirm-words.js";

describe("confirming a new recovery phrase", () => {
  it("[K2.5] asks for three distinct positions among the twelve words, in order", () => {
    let seed = 1;
    const random = (n: number) => new Uint8Array(n).map(() => (seed = (seed * 73 + 41) % 256));
    for (let i = 0; i < 50; i++) {
      const positions = pickConfirmPositions(12, random);
      expect(positions).toHaveLength(3);
      expect(new Set(positions).size).toBe(3);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(positions.every((p) => p >= 0 && p < 12)).toBe(true);
    }
  });

  it("accepts the right words typed with stray spaces and capitals, and names the wrong ones", () => {
    const words = "abandon ability able about above absent absorb abstract absurd abuse access accident".split(" ");
    expect(wrongConfirmations(words, new Map([[0, " Abandon "], [5, "absent"]]))).toEqual([]);
    expect(wrongConfirmations(words, new Map([[0, "abandon"], [5, "absorb"], [9, ""]]))).toEqual([5, 9]);
  });
});
