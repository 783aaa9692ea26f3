/**
 * The Schulze method (PROTOCOL.md T15), winning-votes measure, as Markus Schulze defines it
 * ("The Schulze Method of Voting", arXiv:1804.02973, §2 and §4.1):
 * - d[x][y] is the weight of the ballots ranking x strictly above y; options sharing a place
 *   rank equal, and options a ballot leaves out rank below every option it lists and equal to
 *   each other (T1.6, T15.1);
 * - the link x→y has strength d[x][y] when d[x][y] > d[y][x], else 0 (winning votes, T15.2);
 * - p[x][y] is the strength of the strongest path from x to y, a path being as strong as its
 *   weakest link (widest paths, Floyd–Warshall; T15.3);
 * - x beats y when p[x][y] > p[y][x]. This relation is a strict partial order (Schulze
 *   §4.1); the ranking is its layers: first the options no other option beats (the Schulze
 *   winners), then those no remaining option beats, and so on (T15.4). Ties are never broken.
 */
import { decisionOf } from "./rank-by-totals.js";
import { readRanking, type Place } from "./read-ranking.js";
import type { RuleDefinition, RuleParams } from "./rule-definition.js";
import type { OptionId } from "./types.js";

type Matrix = number[][];

function square(n: number): Matrix {
  return Array.from({ length: n }, () => new Array<number>(n).fill(0));
}

function at(matrix: Matrix, i: number, j: number): number {
  return matrix[i]?.[j] ?? 0;
}

/** The matrix as `{ x: { y: value } }` over ordered pairs x ≠ y, ids sorted. */
function asObject(options: readonly OptionId[], matrix: Matrix): { [option: string]: { [option: string]: number } } {
  return Object.fromEntries(
    options.map((x, i) => [x, Object.fromEntries(options.flatMap((y, j) => (i === j ? [] : [[y, at(matrix, i, j)]])))]),
  );
}

/** T15: a ballot ranks options in places, most preferred first; options in one place rank equal. */
export const schulze: RuleDefinition<RuleParams, readonly Place[]> = {
  kind: "options",
  paramNames: [],
  readParams: () => ({}),
  readChoice: (choice, options) => readRanking(choice, options),
  count(ballots, options) {
    const n = options.length;
    const index = new Map(options.map((option, i) => [option, i]));
    // A listed option is preferred to every other option except those listed in its place or
    // before it: d[x][y] = (weight of ballots listing x) − (weight of ballots listing y at or above x).
    const listed = new Array<number>(n).fill(0);
    const atOrAbove = square(n);
    for (const { choice, weight } of ballots) {
      // The ballot's listed options as indices, place after place; from `start` on, the current place.
      const ranked: number[] = [];
      for (const place of choice) {
        const start = ranked.length;
        if (typeof place === "string") ranked.push(index.get(place) ?? 0);
        else for (const option of place) ranked.push(index.get(option) ?? 0);
        for (let i = start; i < ranked.length; i++) {
          const x = ranked[i] ?? 0;
          listed[x] = (listed[x] ?? 0) + weight;
          const row = atOrAbove[x] as number[];
          for (let j = 0; j < ranked.length; j++) {
            const y = ranked[j] ?? 0;
            if (j !== i) row[y] = (row[y] ?? 0) + weight;
          }
        }
      }
    }
    const d = square(n);
    const p = square(n);
    for (let x = 0; x < n; x++) {
      for (let y = 0; y < n; y++) {
        if (x === y) continue;
        (d[x] as number[])[y] = (listed[x] ?? 0) - at(atOrAbove, x, y);
      }
    }
    for (let x = 0; x < n; x++) {
      for (let y = 0; y < n; y++) {
        if (x !== y && at(d, x, y) > at(d, y, x)) (p[x] as number[])[y] = at(d, x, y);
      }
    }
    for (let k = 0; k < n; k++) {
      for (let x = 0; x < n; x++) {
        if (x === k) continue;
        for (let y = 0; y < n; y++) {
          if (y === x || y === k) continue;
          const through = Math.min(at(p, x, k), at(p, k, y));
          if (through > at(p, x, y)) (p[x] as number[])[y] = through;
        }
      }
    }
    const beats = (x: number, y: number): boolean => at(p, x, y) > at(p, y, x);
    const ranking: OptionId[][] = [];
    let remaining = options.map((_, i) => i);
    while (remaining.length > 0) {
      const unbeaten = remaining.filter((x) => !remaining.some((y) => beats(y, x)));
      // A strict partial order on a finite set always has unbeaten elements; guard anyway.
      const place = unbeaten.length > 0 ? unbeaten : remaining;
      ranking.push(place.map((i) => options[i] as OptionId));
      remaining = remaining.filter((x) => !place.includes(x));
    }
    return {
      decision: decisionOf(ranking),
      winners: ranking[0] ?? [],
      ranking,
      totals: { pairwise: asObject(options, d), strongestPaths: asObject(options, p) },
    };
  },
};
