import type { OptionId, Outcome } from "@chapterhouse/crdt/tally";
import { joinLabels, optionLabel, type BallotOption } from "./ballot-option.js";

/** Props of a tally's outcome in words. */
export interface OutcomeSummaryProps {
  readonly outcome: Outcome;
  readonly winners: readonly OptionId[];
  readonly options: readonly BallotOption[];
  /** True for the sealed result of a close; false for a live tally that may still change. */
  readonly sealed: boolean;
}

/** The outcome and what it means (T6): a tie always names the tied options; no quorum says so. */
export function outcomeText(outcome: Outcome, winnerLabels: readonly string[], sealed: boolean): { title: string; detail: string } {
  switch (outcome) {
    case "passed":
      return sealed ? { title: "Passed", detail: "The proposal is adopted." } : { title: "Passing so far", detail: "If voting closed now, the proposal would pass." };
    case "rejected":
      return sealed
        ? { title: "Rejected", detail: "The proposal is not adopted." }
        : { title: "Not passing so far", detail: "If voting closed now, the proposal would be rejected." };
    case "decided":
      return sealed
        ? { title: `Decided: ${winnerLabels[0] ?? ""}`, detail: "This option wins." }
        : { title: `Leading: ${winnerLabels[0] ?? ""}`, detail: "If voting closed now, this option would win." };
    case "tie":
      return {
        title: `${sealed ? "Tie" : "Tied so far"} between ${joinLabels(winnerLabels)}`,
        detail: "A tie is never broken by lot or by order: the chapter decides again between the tied options.",
      };
    case "no-quorum":
      return sealed
        ? { title: "No quorum", detail: "Too little of the electorate took part, so nothing was decided." }
        : { title: "Quorum not reached yet", detail: "Nothing would be decided if voting closed now." };
  }
}

/** The outcome as a heading-sized line and a sentence. */
export function OutcomeSummary({ outcome, winners, options, sealed }: OutcomeSummaryProps) {
  const text = outcomeText(outcome, winners.map((id) => optionLabel(options, id)), sealed);
  return (
    <div className="outcome" data-outcome={outcome}>
      <p className="outcome-title">
        <strong>{text.title}</strong>
      </p>
      <p className="outcome-detail">{text.detail}</p>
    </div>
  );
}
