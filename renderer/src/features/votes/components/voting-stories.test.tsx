// @vitest-environment jsdom
/**
 * A story per component: each rendered once with example props, the way a component gallery
 * would show it, checking that it renders its landmark and that React reports no problem.
 */
import type { ReactElement } from "react";
import { cleanup, screen } from "@testing-library/react";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RecordId } from "@chapterhouse/crdt/records";
import type { Rule, RuleType } from "@chapterhouse/crdt/tally";
import { ApprovalInput } from "./ApprovalInput.js";
import { BallotInput } from "./BallotInput.js";
import { CastBallot } from "./CastBallot.js";
import { ChoiceSummary } from "./ChoiceSummary.js";
import { CONSENT_WORDS } from "./choice-words.js";
import { PluralityInput } from "./PluralityInput.js";
import { PublicRecordNotice } from "./PublicRecordNotice.js";
import { RankingInput } from "./RankingInput.js";
import { RankingPlaces } from "./RankingPlaces.js";
import { RULE_ORDER } from "./rule-order.js";
import { RuleSummary } from "./RuleSummary.js";
import { ScoreInput } from "./ScoreInput.js";
import { TallyView } from "./TallyView.js";
import { alice, ash, birch, bob, carol, cedar, tallyOf, treeIds, trees } from "./test-helpers/voting-fixtures.js";
import { TurnoutQuorum } from "./TurnoutQuorum.js";
import { VerificationPanel } from "./VerificationPanel.js";
import { WordChoiceInput } from "./WordChoiceInput.js";

const noop = () => undefined;

const EXAMPLE_RULES: Readonly<Record<RuleType, Rule>> = {
  majority: { type: "majority" },
  supermajority: { type: "supermajority", threshold: { num: 2, den: 3 } },
  consent: { type: "consent" },
  consensus: { type: "consensus", maxStandAsides: 2 },
  plurality: { type: "plurality" },
  approval: { type: "approval" },
  score: { type: "score", maxScore: 5 },
  irv: { type: "irv" },
  schulze: { type: "schulze", quorum: { num: 1, den: 2 } },
};
const resolved = () => Promise.resolve();
const ranked = tallyOf({ type: "irv", quorum: { num: 1, den: 3 } }, [[alice, 1, [ash, cedar]], [bob, 1, [birch]], [carol, 1, [cedar]]], treeIds);

/** Each story: a name, the element, the text it must show in English and the text it must show in Spanish. */
const stories: readonly (readonly [string, ReactElement, string, string])[] = [
  ["PublicRecordNotice", <PublicRecordNotice />, "Your ballot is public and permanent.", "Tu papeleta es pública y permanente."],
  ["WordChoiceInput (consent)", <WordChoiceInput words={CONSENT_WORDS} value="concern" onChange={noop} legend="Your choice" />, "Consent with concerns", "Consiento con objeciones"],
  ["PluralityInput", <PluralityInput options={trees} value={ash} onChange={noop} legend="Choose one option" />, "Birch", "Birch"],
  ["ApprovalInput", <ApprovalInput options={trees} value={[ash, cedar]} onChange={noop} legend="Approve any" />, "2 of 3 approved.", "2 de 3 aprobadas."],
  ["ScoreInput", <ScoreInput options={trees} maxScore={4} value={{ birch: 4 }} onChange={noop} legend="Score each option" />, "0 is the lowest, 4 the highest.", "0 es la más baja, 4 la más alta."],
  ["RankingInput", <RankingInput options={trees} value={[[cedar, ash]]} onChange={noop} allowTies legend="Rank the options" />, "Not ranked", "Sin ordenar"],
  ["BallotInput (schulze)", <BallotInput rule={{ type: "schulze" }} options={trees} value={[birch]} onChange={noop} />, "Your ranking", "Tu orden"],
  ["ChoiceSummary (irv)", <ChoiceSummary rule={{ type: "irv" }} options={trees} choice={[birch, ash]} />, "Not ranked (below all ranked options): Cedar", "Sin ordenar (por debajo de todas las ordenadas): Cedar"],
  ["ChoiceSummary (schulze, equal ranks)", <ChoiceSummary rule={{ type: "schulze" }} options={trees} choice={[[birch, cedar], ash]} />, "Birch = Cedar (same rank)", "Birch = Cedar (mismo puesto)"],
  ["CastBallot (new)", <CastBallot rule={{ type: "consensus" }} options={[]} currentBallot={null} votingOpen={true} onCast={resolved} />, "Cast your ballot", "Emite tu papeleta"],
  [
    "CastBallot (cast)",
    <CastBallot rule={{ type: "approval" }} options={trees} currentBallot={[birch]} votingOpen={true} closesAtText="Friday 18:00" onCast={resolved} />,
    "until voting closes (Friday 18:00)",
    "hasta que se cierre la votación (Friday 18:00)",
  ],
  ["RuleSummary", <RuleSummary rule={{ type: "consent", maxBlocks: 1, quorum: { num: 1, den: 4 } }} showFit />, "Passes with up to 1 block.", "Se aprueba con hasta 1 bloqueo."],
  ["TurnoutQuorum", <TurnoutQuorum turnout={ranked.turnout} quorum={{ num: 1, den: 3 }} quorumMet={ranked.quorumMet} />, "3 of 3 members (100%)", "3 de 3 miembros (100\u00a0%)"],
  ["RankingPlaces", <RankingPlaces ranking={[[birch], [ash, cedar]]} options={trees} />, "Place 2 (shared by 2): Ash, Cedar", "Puesto 2 (compartido por 2): Ash, Cedar"],
  ["TallyView (irv, live)", <TallyView result={ranked} options={trees} />, "Round 1", "Ronda 1"],
  [
    "VerificationPanel",
    <VerificationPanel
      summary={{
        ballotsVerified: 3,
        counts: { valid: 3, "not-counted": 1 },
        records: [{ recordId: "rId" as RecordId, status: "not-counted", reason: "Valid, but the close missed it.", member: bob }],
        unconfirmedElectorate: 1,
        sealedMatches: true,
        contested: [],
      }}
    />,
    "Valid, not counted by the close",
    "Válida, pero el cierre no la contó",
  ],
];

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(noop);
});
afterEach(() => {
  cleanup();
  consoleError.mockRestore();
});

describe("voting component stories", () => {
  it.each(stories)("%s renders with example props, without a React warning", (_name, element, text) => {
    const { container } = renderTranslated(element);
    expect(container.textContent).toContain(text);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it.each(stories)("[I18N3] %s renders in Spanish", (_name, element, _english, spanish) => {
    const { container } = renderTranslated(element, "es");
    expect(container.textContent).toContain(spanish);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("every rule renders with when it fits", () => {
    renderTranslated(
      <ul>
        {RULE_ORDER.map((type) => (
          <li key={type}>
            <RuleSummary rule={EXAMPLE_RULES[type]} showFit />
          </li>
        ))}
      </ul>,
    );
    expect(document.querySelectorAll(".rule-summary")).toHaveLength(9);
    expect(screen.getAllByText(/^Fits /)).toHaveLength(9);
  });
});
