import { useId, useState } from "react";
import type { OpenSummary } from "@chapterhouse/crdt/report";
import type { PlanChoice, ShownVote } from "./shown-vote.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Card } from "../../shared/ui/Card.js";
import { useVoteProblem } from "./use-vote-problem.js";

/** Props of a facilitator's close and decision actions. */
export interface CloseActionsProps {
  readonly open: OpenSummary;
  readonly reading: ShownVote;
  readonly now: number;
  readonly onClose: (which: PlanChoice) => Promise<void>;
  readonly onDecide: () => Promise<void>;
}

/**
 * What a facilitator can do with a vote, when the time comes: close it (from the closing time),
 * seal a superseding close that adds valid ballots the close missed (before the finality time),
 * record the decision (from the finality time). Each says what it will do before it does.
 */
export function CloseActions({ open, reading, now, onClose, onDecide }: CloseActionsProps) {
  const t = useT("votes");
  const format = useFormat();
  const problemText = useVoteProblem();
  const ids = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const { closesAt, finalAt } = open.body;
  const report = reading.report;

  async function run(action: () => Promise<void>, done: string): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      setStatus(done);
    } catch (failure) {
      setProblem(problemText(failure));
    } finally {
      setBusy(false);
    }
  }

  const parts = [];
  const first = reading.closePlan;
  if (first !== null) {
    parts.push(
      now < closesAt ? (
        <p key="wait">{t("close.wait", { time: format.dateTime(closesAt, { weekday: true }) })}</p>
      ) : (
        <div key="close" className="close-step">
          <p id={`${ids}-close`}>{t("close.explain", { count: first.counted, n: format.count(first.counted) })}</p>
          <Button variant="primary" isPending={busy} aria-describedby={`${ids}-close`} onPress={() => void run(() => onClose("close"), t("close.closed"))}>
            {t("close.button")}
          </Button>
        </div>
      ),
    );
  }
  const later = reading.supersedePlan;
  if (later !== null && now < finalAt) {
    parts.push(
      <div key="supersede" className="close-step" data-testid="missed-ballots">
        <p id={`${ids}-supersede`}>{t("close.missed", { count: later.adds, n: format.count(later.adds), time: format.dateTime(finalAt, { weekday: true }) })}</p>
        <Button isPending={busy} aria-describedby={`${ids}-supersede`} onPress={() => void run(() => onClose("supersede"), t("close.superseded"))}>
          {t("close.supersede")}
        </Button>
      </div>,
    );
  }
  if (report !== null && report.close !== null && report.matches && reading.decision === null) {
    parts.push(
      now < finalAt ? (
        <p key="decide-wait">{t("close.decideWait", { time: format.dateTime(finalAt, { weekday: true }) })}</p>
      ) : (
        <div key="decide" className="close-step">
          <p id={`${ids}-decide`}>{t("close.decideExplain")}</p>
          <Button variant="primary" isPending={busy} aria-describedby={`${ids}-decide`} onPress={() => void run(onDecide, t("close.decided"))}>
            {t("close.decide")}
          </Button>
        </div>
      ),
    );
  }
  if (parts.length === 0 && problem === null && status === "") return null;
  return (
    <div className="close-actions">
      <Card title={t("close.title")} headingLevel={2}>
        {parts}
        {problem !== null && (
          <p className="vote-problem" role="alert">
            {problem}
          </p>
        )}
        <p className="ui-visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
      </Card>
    </div>
  );
}
