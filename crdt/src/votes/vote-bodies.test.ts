import { describe, expect, it } from "vitest";
import type { CanonicalValue } from "../records/canonical.js";
import { hashText } from "../encoding/hash.js";
import type { MemberKey, RecordId } from "../records/ids.js";
import { tally } from "../tally/tally.js";
import { TallyInputError } from "../tally/tally-input-error.js";
import type { OptionId, Rule } from "../tally/types.js";
import { choiceCheck } from "./choice-check.js";
import { countedHash, shardOf } from "./counted-hash.js";
import { parseVoteBody } from "./vote-bodies.js";

const id = (n: number) => hashText(`id ${n}`) as RecordId;
const url = "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu";

function open(changes: Record<string, CanonicalValue> = {}): Record<string, CanonicalValue> {
  return {
    chapter: id(1),
    proposal: id(2),
    version: id(3),
    amendment: null,
    textHash: id(4),
    options: [],
    rule: { type: "majority" },
    quorum: null,
    closesAt: 10,
    finalAt: 20,
    roster: { heads: [id(5)] },
    weights: [],
    boxes: { shards: 2, list: [{ chapter: id(1), shard: 0, document: url }, { chapter: id(1), shard: 1, document: url.replace("4N", "5N") }] },
    supersedes: [],
    ...changes,
  };
}

describe("vote bodies", () => {
  it("[V1.1] [V2.5] an open within every limit parses; each broken limit is named", () => {
    expect(parseVoteBody("open", open())).toMatchObject({ ok: true });
    const cases: [Record<string, CanonicalValue>, RegExp][] = [
      [{ rule: { type: "majority", quorum: { num: 1, den: 2 } } }, /rule holds a quorum/],
      [{ quorum: { num: 3, den: 2 } }, /quorum is more than 1/],
      [{ closesAt: 30 }, /finalAt is before closesAt/],
      [{ roster: { heads: [] } }, /roster\.heads must hold 1 to 1024/],
      [{ weights: [{ chapter: id(1), weight: 1001 }] }, /weights\[0\]\.weight is not an integer in 1\.\.1000/],
      [{ boxes: { shards: 1, list: [{ chapter: id(1), shard: 1, document: url }] } }, /shard is not an integer in 0\.\.0/],
      [{ boxes: { shards: 2, list: [{ chapter: id(1), shard: 1, document: url }, { chapter: id(1), shard: 0, document: url }] } }, /boxes\.list is not sorted/],
      [{ boxes: { shards: 2, list: [{ chapter: id(1), shard: 0, document: url }, { chapter: id(1), shard: 1, document: url }] } }, /names one document twice/],
      [{ supersedes: [id(9), id(8)].sort().reverse() }, /supersedes is not sorted/],
    ];
    for (const [changes, problem] of cases) {
      const result = parseVoteBody("open", open(changes));
      expect(result.ok, JSON.stringify(changes)).toBe(false);
      expect(result.ok ? "" : result.problem).toMatch(problem);
    }
  });

  it("[V4.1] a ballot's seq is 1 … 2^31", () => {
    const ballot = (seq: number) => parseVoteBody("ballot", { chapter: id(1), proposal: id(2), open: id(3), textHash: id(4), choice: "for", seq });
    expect(ballot(1).ok).toBe(true);
    expect(ballot(2 ** 31).ok).toBe(true);
    expect(ballot(0).ok).toBe(false);
    expect(ballot(2 ** 31 + 1).ok).toBe(false);
  });

  it("[V5.1] the counted hash is SHA-256 of the sorted ids joined by line feeds", () => {
    const [a, b] = [id(1), id(2)].sort();
    expect(countedHash([b!, a!])).toBe(hashText(`${a}\n${b}`));
    expect(countedHash([])).toBe(hashText(""));
    expect(countedHash([])).toBe("47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU");
  });

  it("[V4.6] a member's shard is the first 4 bytes of its key, big-endian, modulo the shard count", () => {
    const key = "AAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" as MemberKey; // first 4 bytes 00 00 00 01
    expect(shardOf(key, 1)).toBe(0);
    expect(shardOf(key, 2)).toBe(1);
    expect(shardOf("_____wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" as MemberKey, 10)).toBe(4294967295 % 10);
    expect(() => shardOf(key, 0)).toThrow(TypeError);
  });

  it("[V4.5] a choice fits exactly when the tally accepts it", () => {
    const options = ["a", "b", "c"];
    const rules: Rule[] = [{ type: "majority" }, { type: "consent" }, { type: "plurality" }, { type: "approval" }, { type: "score", maxScore: 3 }, { type: "irv" }, { type: "schulze" }];
    const choices: CanonicalValue[] = ["for", "block", "a", "d", ["a", "b"], ["a", "a"], { a: 3 }, { a: 4 }, ["c"], [], 7, null];
    for (const rule of rules) {
      const check = choiceCheck(rule as never, rule.type === "majority" || rule.type === "consent" ? [] : options);
      for (const choice of choices) {
        let accepted = true;
        try {
          tally({ rule, options: (rule.type === "majority" || rule.type === "consent" ? [] : options) as OptionId[], electorate: [{ member: "m" as MemberKey, weight: 1 }], ballots: [{ member: "m" as MemberKey, choice: choice as never }] });
        } catch (error) {
          if (!(error instanceof TallyInputError)) throw error;
          accepted = false;
        }
        expect(check(choice) === undefined, `${rule.type} ${JSON.stringify(choice)}`).toBe(accepted);
      }
    }
  });
});
