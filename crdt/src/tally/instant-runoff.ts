/**
 * Instant runoff (PROTOCOL.md T14). Each round counts every ballot for its highest-ranked
 * continuing option. An option holding more than half the weight of the continuing ballots
 * wins. Otherwise every option with the least weight is eliminated together, unless that
 * would eliminate all of them: then they tie (T6.2, never broken).
 */
import { decisionOf, rankByTotals } from "./rank-by-totals.js";
import { show } from "./read-input.js";
import { readRanking } from "./read-ranking.js";
import type { RuleDefinition, RuleParams } from "./rule-definition.js";
import { TallyInputError } from "./tally-input-error.js";
import type { OptionId, RunoffRound } from "./types.js";

/** T14: a ballot ranks options, most preferred first; options left out are never counted for it. */
export const instantRunoff: RuleDefinition<RuleParams, OptionId[]> = {
  kind: "options",
  paramNames: [],
  readParams: () => ({}),
  readChoice(choice, options) {
    // T1.6: each round counts a ballot for one option, its first continuing one; an equal rank
    // would leave two, and the tally has no fractions of a ballot to split it (T4).
    return readRanking(choice, options).map((place) => {
      if (typeof place === "string") return place;
      if (place.length > 1) {
        throw new TallyInputError(`choice ranks ${place.map(show).join(" and ")} equally, but instant runoff counts each ballot for one option at a time, so it takes no equal ranks`);
      }
      return place[0] as OptionId;
    });
  },
  count(ballots, options) {
    let totalWeight = 0;
    for (const ballot of ballots) totalWeight += ballot.weight;
    const continuing = new Set(options);
    const rounds: RunoffRound[] = [];
    // Eliminated groups, first eliminated first; they rank last, in reverse (T14.4).
    const eliminated: OptionId[][] = [];
    for (;;) {
      // `options` is sorted, so `counts` and every list built from it are sorted too.
      const counts = new Map<OptionId, number>(options.filter((option) => continuing.has(option)).map((option) => [option, 0]));
      let live = 0;
      for (const ballot of ballots) {
        const top = ballot.choice.find((option) => continuing.has(option));
        if (top === undefined) continue;
        counts.set(top, (counts.get(top) ?? 0) + ballot.weight);
        live += ballot.weight;
      }
      const round = { counts: Object.fromEntries(counts), continuing: live, exhausted: totalWeight - live };
      const leader = [...counts].find(([, count]) => 2 * count > live)?.[0];
      const least = Math.min(...counts.values());
      const last = [...counts].filter(([, count]) => count === least).map(([option]) => option);
      if (leader !== undefined || last.length === counts.size) {
        rounds.push({ ...round, eliminated: [] });
        const countOf = (option: OptionId): number => counts.get(option) ?? 0;
        const standing = leader === undefined ? [[...counts.keys()]] : [[leader], ...rankByTotals([...counts.keys()].filter((option) => option !== leader), countOf)];
        const ranking = [...standing, ...[...eliminated].reverse()];
        return { decision: decisionOf(ranking), winners: ranking[0] ?? [], ranking, totals: { rounds } };
      }
      rounds.push({ ...round, eliminated: last });
      eliminated.push(last);
      for (const option of last) continuing.delete(option);
    }
  },
};
