import type { Fraction, Turnout } from "@chapterhouse/crdt/tally";
import { barWidth, weightNeededForQuorum } from "../../../shared/i18n/format-number.js";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { DataList } from "../../../shared/ui/DataList.js";

/** Props of the turnout and quorum of a tally. */
export interface TurnoutQuorumProps {
  readonly turnout: Turnout;
  /** The rule's quorum, if it has one (T5). */
  readonly quorum?: Fraction | undefined;
  /** Whether it is met, as the tally decided (T5.2). */
  readonly quorumMet: boolean;
}

/** Who has voted against the electorate, and the quorum: the weight it needs, met or how far off. */
export function TurnoutQuorum({ turnout, quorum, quorumMet }: TurnoutQuorumProps) {
  const t = useT("votes");
  const format = useFormat();
  const needed = quorum === undefined ? 0 : weightNeededForQuorum(quorum, turnout.electorateWeight);
  const missing = Math.max(0, needed - turnout.weight);
  const quorumWords =
    quorum === undefined
      ? t("turnout.noQuorum")
      : quorumMet
        ? t("turnout.quorumMet", { fraction: format.fraction(quorum), needed: format.count(needed) })
        : t("turnout.quorumNotMet", { fraction: format.fraction(quorum), needed: format.count(needed), missing: format.count(missing) });
  return (
    <div className="turnout" data-quorum={quorum === undefined ? "none" : quorumMet ? "met" : "not-met"}>
      <DataList
        items={[
          {
            id: "ballots",
            term: t("turnout.ballots"),
            details: t("turnout.ballotsOf", {
              count: turnout.electorateMembers,
              ballots: format.count(turnout.ballots),
              members: format.count(turnout.electorateMembers),
              percent: format.percent(turnout.ballots, turnout.electorateMembers),
            }),
          },
          {
            id: "weight",
            term: t("turnout.weight"),
            details: t("turnout.weightOf", { weight: format.count(turnout.weight), total: format.count(turnout.electorateWeight), percent: format.percent(turnout.weight, turnout.electorateWeight) }),
          },
          { id: "quorum", term: t("turnout.quorum"), details: quorumWords },
        ]}
      />
      <span className="turnout-bar" aria-hidden="true">
        <span className="turnout-bar-fill" style={{ width: barWidth(turnout.weight, turnout.electorateWeight) }} />
        {quorum !== undefined && <span className="turnout-bar-quorum" style={{ left: barWidth(needed, turnout.electorateWeight) }} />}
      </span>
    </div>
  );
}
