import type { OptionId, Outcome } from "@chapterhouse/crdt/tally";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { optionLabel, type BallotOption } from "./ballot-option.js";

/** Props of a tally's outcome in words. */
export interface OutcomeSummaryProps {
  readonly outcome: Outcome;
  readonly winners: readonly OptionId[];
  readonly options: readonly BallotOption[];
  /** True for the sealed result of a close; false for a live tally that may still change. */
  readonly sealed: boolean;
}

/** The outcome as a heading-sized line and what it means (T6): a tie always names the tied options; no quorum says so. */
export function OutcomeSummary({ outcome, winners, options, sealed }: OutcomeSummaryProps) {
  const t = useT("votes");
  const format = useFormat();
  const when = sealed ? "sealed" : "live";
  const labels = winners.map((id) => optionLabel(options, id));
  const values = { winner: labels[0] ?? "", winners: format.list(labels) };
  return (
    <div className="outcome" data-outcome={outcome}>
      <p className="outcome-title">
        <strong>{t(`outcome.${when}.${outcome}.title`, values)}</strong>
      </p>
      <p className="outcome-detail">{t(`outcome.${when}.${outcome}.detail`)}</p>
    </div>
  );
}
