import type { Fraction, Turnout } from "@chapterhouse/crdt/tally";
import { barWidth, formatCount, formatCountOf, formatFraction, formatPercent, weightNeededForQuorum } from "../../../shared/i18n/format-number.js";

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
  const needed = quorum === undefined ? 0 : weightNeededForQuorum(quorum, turnout.electorateWeight);
  const missing = Math.max(0, needed - turnout.weight);
  return (
    <div className="turnout" data-quorum={quorum === undefined ? "none" : quorumMet ? "met" : "not-met"}>
      <dl className="tally-facts">
        <div>
          <dt>Ballots counted</dt>
          <dd>
            {formatCount(turnout.ballots)} of {formatCountOf(turnout.electorateMembers, "member", "members")} ({formatPercent(turnout.ballots, turnout.electorateMembers)})
          </dd>
        </div>
        <div>
          <dt>Voting weight</dt>
          <dd>
            {formatCount(turnout.weight)} of {formatCount(turnout.electorateWeight)} ({formatPercent(turnout.weight, turnout.electorateWeight)})
          </dd>
        </div>
        <div>
          <dt>Quorum</dt>
          <dd>
            {quorum === undefined
              ? "None set"
              : `${formatFraction(quorum)} of the weight, ${formatCount(needed)} needed: ${quorumMet ? "met" : `not met, ${formatCount(missing)} more needed`}`}
          </dd>
        </div>
      </dl>
      <span className="turnout-bar" aria-hidden="true">
        <span className="turnout-bar-fill" style={{ width: barWidth(turnout.weight, turnout.electorateWeight) }} />
        {quorum !== undefined && <span className="turnout-bar-quorum" style={{ left: barWidth(needed, turnout.electorateWeight) }} />}
      </span>
    </div>
  );
}
