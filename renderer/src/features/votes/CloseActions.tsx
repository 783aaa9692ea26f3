import { useId, useState } from "react";
import { formatCount } from "../../shared/i18n/format-number.js";
import { formatTime } from "./local-time.js";
import type { ClosePlan, OpenSummary, VoteReading } from "@chapterhouse/crdt";

/** Props of a facilitator's close and decision actions. */
export interface CloseActionsProps {
  readonly open: OpenSummary;
  readonly reading: VoteReading;
  readonly now: number;
  readonly onClose: (plan: ClosePlan) => Promise<void>;
  readonly onDecide: () => Promise<void>;
}

/**
 * What a facilitator can do with a vote, when the time comes: close it (from the closing time),
 * seal a superseding close that adds valid ballots the close missed (before the finality time),
 * record the decision (from the finality time). Each says what it will sign before it does.
 */
export function CloseActions({ open, reading, now, onClose, onDecide }: CloseActionsProps) {
  const ids = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const { closesAt, finalAt } = open.body;
  const report = reading.report;

  async function run(action: () => Promise<void>, done: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action();
      setStatus(done);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const parts = [];
  const first = reading.closePlan;
  if (first !== null) {
    parts.push(
      now < closesAt ? (
        <p key="wait" className="help">
          As a facilitator you can close this vote from {formatTime(closesAt)}.
        </p>
      ) : (
        <div key="close">
          <p id={`${ids}-close`}>
            Closing seals the result: it counts the {formatCount(first.counted)} {first.counted === 1 ? "ballot" : "ballots"} this device holds (each
            member's latest) and signs their count and hash per ballot box with your key.
          </p>
          <div className="actions">
            <button type="button" className="primary-action" disabled={busy} aria-describedby={`${ids}-close`} onClick={() => void run(() => onClose(first), "The vote was closed.")}>
              {busy ? "Signing…" : "Close the vote and seal the result"}
            </button>
          </div>
        </div>
      ),
    );
  }
  const later = reading.supersedePlan;
  if (later !== null && now < finalAt) {
    parts.push(
      <div key="supersede" className="notice" data-testid="missed-ballots">
        <p id={`${ids}-supersede`}>
          The close missed {formatCount(later.adds)} valid {later.adds === 1 ? "ballot" : "ballots"} of {later.adds === 1 ? "a member" : "members"} it
          counted nothing from (they arrived late, or their box was not reachable). Until {formatTime(finalAt)} you can seal a superseding close that
          adds {later.adds === 1 ? "it" : "them"}; nobody else's ballot changes.
        </p>
        <div className="actions">
          <button type="button" disabled={busy} aria-describedby={`${ids}-supersede`} onClick={() => void run(() => onClose(later), "The superseding close was sealed.")}>
            {busy ? "Signing…" : "Seal a superseding close"}
          </button>
        </div>
      </div>,
    );
  }
  if (report !== null && report.close !== null && report.matches && reading.decision === null) {
    parts.push(
      now < finalAt ? (
        <p key="decide-wait" className="help">
          The decision can be recorded in the decisions log from {formatTime(finalAt)}, when the result is final.
        </p>
      ) : (
        <div key="decide">
          <p id={`${ids}-decide`}>Recording the decision signs the sealed result into the chapter's decisions log, where it is final.</p>
          <div className="actions">
            <button type="button" className="primary-action" disabled={busy} aria-describedby={`${ids}-decide`} onClick={() => void run(onDecide, "The decision was recorded.")}>
              {busy ? "Signing…" : "Record the decision"}
            </button>
          </div>
        </div>
      ),
    );
  }
  if (parts.length === 0 && error === null && status === "") return null;
  return (
    <section className="close-actions" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>Facilitator</h3>
      {parts}
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
