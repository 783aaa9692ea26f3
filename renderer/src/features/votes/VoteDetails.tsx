import { tallyRule, type MemberKey, type Roster, type VoteReport } from "@chapterhouse/crdt";
import { memberLabel } from "../organisation/index.js";
import { useMemberNames } from "../organisation/index.js";
import type { BallotOption } from "./components/ballot-option.js";
import { formatCount, formatCountOf } from "../../shared/i18n/format-number.js";
import { RuleSummary } from "./components/RuleSummary.js";
import { formatTime } from "./local-time.js";
import type { OpenSummary } from "@chapterhouse/crdt";

/** Props of what a vote is. */
export interface VoteDetailsProps {
  readonly open: OpenSummary;
  readonly report: VoteReport;
  readonly options: readonly BallotOption[];
  readonly roster: Roster;
  readonly me: MemberKey;
  readonly myName: string;
  /** The version's number, if known. */
  readonly versionNumber: number | undefined;
}

/** What an open fixed: rule, options, times, electorate with its weights, ballot boxes, who opened it. */
export function VoteDetails({ open, report, options, roster, me, myName, versionNumber }: VoteDetailsProps) {
  const names = useMemberNames();
  const { body } = open;
  const name = (id: string) => roster.chapters.get(id as never)?.name ?? `chapter ${id.slice(0, 8)}…`;
  const boxChapters = new Set(body.boxes.list.map((box) => box.chapter));
  return (
    <div className="vote-details">
      <RuleSummary rule={tallyRule(body)} />
      {options.length > 0 && (
        <ul className="vote-option-list" aria-label="Options">
          {options.map((option) => (
            <li key={option.id}>{option.label}</li>
          ))}
        </ul>
      )}
      <dl className="facts vote-facts">
        <div>
          <dt>Voted on</dt>
          <dd>{versionNumber === undefined ? "a version of the proposal" : `version ${versionNumber}`}</dd>
        </div>
        <div>
          <dt>Opened by</dt>
          <dd>
            {memberLabel(open.signer, me, myName, names)}, {formatTime(open.at)}
          </dd>
        </div>
        <div>
          <dt>Voting closes</dt>
          <dd>{formatTime(body.closesAt)}</dd>
        </div>
        <div>
          <dt>Final</dt>
          <dd>{formatTime(body.finalAt)}</dd>
        </div>
        <div>
          <dt>Electorate</dt>
          <dd data-testid="vote-electorate">
            {report.electorate === null
              ? "not known"
              : `${formatCountOf(report.electorate.members, "member", "members")}, total weight ${formatCount(report.electorate.weight)}`}
          </dd>
        </div>
        <div>
          <dt>Weights</dt>
          <dd>
            {body.weights.length === 0
              ? "every member weighs 1"
              : `${body.weights.map((w) => `members of ${name(w.chapter)} weigh ${formatCount(w.weight)}`).join("; ")}; everyone else 1`}
          </dd>
        </div>
        <div>
          <dt>Ballot boxes</dt>
          <dd>
            {formatCount(body.boxes.list.length)} ({[...boxChapters].map(name).join(", ")}
            {body.boxes.shards > 1 ? `; ${body.boxes.shards} shards each` : ""})
          </dd>
        </div>
      </dl>
    </div>
  );
}
