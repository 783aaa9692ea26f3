/** Plausible ballots for a simulated vote: each rule's choice format (PROTOCOL.md T1.1), drawn from a seeded stream. */
import type { CanonicalValue } from "../records/canonical.js";
import type { RuleType } from "../tally/types.js";
import type { SeededRandom } from "./seeded-random.js";

/** Options are preferred in their listed order, the first most (weights n, n−1, …, 1). */
function preferenceWeights(options: readonly string[]): number[] {
  return options.map((_, i) => options.length - i);
}

/** A ranking of some options, most preferred first, drawn without replacement by preference. */
function ranking(options: readonly string[], random: SeededRandom): string[] {
  const left = [...options];
  const weights = preferenceWeights(options);
  const length = 1 + random.below(options.length);
  const out: string[] = [];
  while (out.length < length) {
    const i = random.weighted(weights);
    out.push(left[i]!);
    left.splice(i, 1);
    weights.splice(i, 1);
  }
  return out;
}

/**
 * One simulated ballot's choice under `rule` with `options`; `maxScore` for score votes.
 * @throws {RangeError} only for an option rule without options.
 */
export function simulatedChoice(rule: RuleType, options: readonly string[], random: SeededRandom, maxScore = 5): CanonicalValue {
  switch (rule) {
    case "majority":
    case "supermajority":
      return (["for", "against", "abstain"] as const)[random.weighted([55, 35, 10])]!;
    case "consent":
      return (["consent", "concern", "stand-aside"] as const)[random.weighted([80, 15, 5])]!;
    case "consensus":
      return (["agree", "stand-aside"] as const)[random.weighted([95, 5])]!;
    case "plurality":
      return options[random.weighted(preferenceWeights(options))]!;
    case "approval":
      return options.filter((_, i) => random.chance(options.length - i, options.length + 1));
    case "score":
      return Object.fromEntries(options.map((option, i) => [option, Math.min(maxScore, random.below(maxScore + 1) + (i === 0 ? 1 : 0))]));
    case "irv":
    case "schulze":
      return ranking(options, random);
  }
}
