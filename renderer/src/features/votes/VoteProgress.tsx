import type { OptionId, TallyResult } from "@chapterhouse/crdt/tally";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import type { BallotOption } from "./components/ballot-option.js";
import { OutcomeSummary } from "./components/OutcomeSummary.js";
import { useProposalVotes } from "./use-proposal-votes.js";
import type { VoteCard } from "./worker-handlers.js";

/**
 * A vote on a second screen (DESIGN §12): while it is open, how many members have cast a ballot —
 * a count, never the running result, so nobody votes by what the room has said; once closed, the
 * sealed result and, for a vote of the members present, the room it was held in (AS8.9).
 */
export function VoteProgress({ space, session, card }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly card: VoteCard }) {
  const t = useT("votes");
  const format = useFormat();
  const { view } = useProposalVotes(space, session, card.proposal, card.document, card.open);
  const reading = view.reading;
  const report = reading?.report ?? null;
  if (reading === undefined || report === null) return <Skeleton lines={1} />;
  if (report.close === null || report.sealed === null)
    return (
      <p className="vote-progress" data-testid="vote-progress">
        {t("progress.ballots", { count: report.ballots.voters, n: format.count(report.ballots.voters) })}
      </p>
    );
  const open = reading.opens.find((entry) => entry.id === reading.open);
  const version = reading.proposal.versions.find((entry) => entry.id === open?.body.version);
  const options: BallotOption[] = (open?.body.options ?? []).map((id) => ({ id: id as OptionId, label: version?.options.find((option) => option.id === id)?.label ?? id }));
  const result = report.sealed as TallyResult;
  const room = report.present;
  return (
    <div className="vote-progress" data-testid="vote-progress">
      <OutcomeSummary outcome={result.outcome} winners={result.winners} options={options} sealed />
      {room === undefined ? null : (
        <p>
          {t(room.met ? "progress.roomMet" : "progress.roomNotMet", { present: format.count(room.members), members: format.count(room.electorate.members) })}
        </p>
      )}
    </div>
  );
}
