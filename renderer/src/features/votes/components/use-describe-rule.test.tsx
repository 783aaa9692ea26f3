// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { useDescribeRule, type VoteRule } from "./use-describe-rule.js";

afterEach(cleanup);

function Described({ rule }: { readonly rule: VoteRule }) {
  const { name, details } = useDescribeRule()(rule);
  return <p data-testid="rule">{[name, ...details].join(" | ")}</p>;
}

const described = (rule: VoteRule, language = "en") => {
  renderTranslated(<Described rule={rule} />, language);
  const text = screen.getByTestId("rule").textContent;
  cleanup();
  return text;
};

describe("useDescribeRule", () => {
  it("[T8] [T9] [T10] [T13] [T5] describes the rule's parameters and quorum in words", () => {
    expect(described({ type: "supermajority", threshold: { num: 2, den: 3 }, quorum: { num: 1, den: 2 } })).toBe(
      "Supermajority | Passes with at least 2/3 (67%) of the votes for and against. | Quorum: 1/2 (50%) of the voting weight must take part.",
    );
    expect(described({ type: "consent" })).toBe("Consent | A single block stops it.");
    expect(described({ type: "consent", maxBlocks: 2 })).toBe("Consent | Passes with up to 2 blocks.");
    expect(described({ type: "consensus", maxStandAsides: 1 })).toContain("up to 1 member may stand aside");
    expect(described({ type: "score", maxScore: 5 })).toBe("Score | Scores from 0 to 5.");
    expect(described({ type: "majority" })).toBe("Majority");
  });

  it("[I18N5] describes it in Spanish, the fraction and its percentage written the Spanish way", () => {
    expect(described({ type: "supermajority", threshold: { num: 2, den: 3 } }, "es")).toBe("Mayoría cualificada | Se aprueba con al menos 2/3 (67\u00a0%) de los votos a favor y en contra.");
    expect(described({ type: "consent", maxBlocks: 2 }, "es")).toBe("Consentimiento | Se aprueba con hasta 2 bloqueos.");
  });
});
