import type { AppliedRule, Rule } from "@chapterhouse/crdt/tally";
import { useCallback } from "react";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";

/** A rule as frozen in an open record, or as applied in a tally result. */
export type VoteRule = Rule | AppliedRule;

/** A rule's name and its parameters in words, one line each: what the member needs to know. */
export interface RuleWords {
  readonly name: string;
  readonly details: readonly string[];
}

/** Describes rules in the language shown (names, thresholds, blocks, scores, quorum; PROTOCOL.md T5, T7–T15). */
export function useDescribeRule(): (rule: VoteRule) => RuleWords {
  const t = useT("votes");
  const format = useFormat();
  return useCallback(
    (rule: VoteRule) => {
      const details: string[] = [];
      switch (rule.type) {
        case "supermajority":
          details.push(t("ruleDetail.threshold", { fraction: format.fraction(rule.threshold) }));
          break;
        case "consent": {
          const blocks = rule.maxBlocks ?? 0;
          details.push(blocks === 0 ? t("ruleDetail.oneBlockStops") : t("ruleDetail.blocksAllowed", { count: blocks, n: format.count(blocks) }));
          break;
        }
        case "consensus": {
          const standAsides = rule.maxStandAsides ?? 0;
          details.push(standAsides === 0 ? t("ruleDetail.noStandAside") : t("ruleDetail.standAsidesAllowed", { count: standAsides, n: format.count(standAsides) }));
          break;
        }
        case "score":
          details.push(t("ruleDetail.scores", { max: format.count(rule.maxScore) }));
          break;
        default:
          break;
      }
      if (rule.quorum !== undefined) details.push(t("ruleDetail.quorum", { fraction: format.fraction(rule.quorum) }));
      return { name: t(`rule.${rule.type}.name`), details };
    },
    [t, format],
  );
}
