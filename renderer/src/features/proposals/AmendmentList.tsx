import type { AmendmentChange, AmendmentState, MemberKey, RecordId } from "@chapterhouse/crdt";
import { useId, useState } from "react";
import { errorText } from "../../shared/ui/error-text.js";
import { memberLabel } from "../organisation/index.js";
import { useMemberNames } from "../organisation/index.js";
import { formatTime } from "./format-time.js";
import type { AmendmentEntry, ProposalDetail } from "@chapterhouse/crdt";

/** What the list needs from the page. */
export interface AmendmentListProps {
  readonly detail: ProposalDetail;
  readonly me: MemberKey;
  readonly myName: string;
  /** Accept and reject, for the author and facilitators; undefined for everyone else. */
  readonly decide:
    | {
        readonly accept: (amendment: RecordId) => Promise<unknown>;
        readonly reject: (amendment: RecordId, reason: string) => Promise<unknown>;
      }
    | undefined;
}

const STATE_LABEL: Readonly<Record<AmendmentState, string>> = {
  proposed: "proposed",
  accepted: "accepted",
  rejected: "rejected",
  "put-to-vote": "put to a vote",
};

/** What an amendment changes, in words. */
export function describeChange(change: AmendmentChange): string {
  return change.type === "text" ? "Changes the text to:" : `Adds the option “${change.option.label}”.`;
}

/** A proposal's amendments with what became of each (P6.2), and the author's accept and reject. */
export function AmendmentList({ detail, me, myName, decide }: AmendmentListProps) {
  const ids = useId();
  return (
    <section aria-labelledby={`${ids}-heading`} className="amendments">
      <h2 id={`${ids}-heading`}>Amendments</h2>
      {detail.amendments.length === 0 ? (
        <p className="empty-state">
          No amendments yet.
          {detail.versions.length === 0
            ? " Once a version is signed, members can propose changes to it."
            : ""}
        </p>
      ) : (
        <ol className="amendment-list" aria-label="Amendments">
          {detail.amendments.map((amendment, i) => (
            <Amendment
              key={amendment.id}
              amendment={amendment}
              number={i + 1}
              detail={detail}
              me={me}
              myName={myName}
              decide={decide}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function Amendment({
  amendment,
  number,
  detail,
  me,
  myName,
  decide,
}: AmendmentListProps & { readonly amendment: AmendmentEntry; readonly number: number }) {
  const names = useMemberNames();
  const ids = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const versionOf = (id: RecordId | null) => detail.versions.find((v) => v.id === id)?.n;
  const next = (detail.versions.at(-1)?.n ?? 0) + 1;
  const by = memberLabel(amendment.signer, me, myName, names);

  async function act(action: () => Promise<unknown>): Promise<void> {
    setError(undefined);
    setBusy(true);
    try {
      await action();
      setRejecting(false);
    } catch (problem) {
      setError(errorText(problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li data-record={amendment.id} data-state={amendment.state} aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>
        Amendment #{number}{" "}
        <span className={`badge amendment-state`} data-state={amendment.state}>
          {STATE_LABEL[amendment.state]}
        </span>
      </h3>
      <p className="muted">
        Proposed by {by} · {formatTime(amendment.at)} · to version {versionOf(amendment.version) ?? "?"}
      </p>
      <p>{describeChange(amendment.change)}</p>
      {amendment.change.type === "text" ? <div className="version-text">{amendment.change.text}</div> : null}
      {amendment.reason === "" ? null : <p className="amendment-reason">Why: {amendment.reason}</p>}
      {amendment.state === "accepted" ? (
        <p className="muted">Accepted into version {versionOf(amendment.acceptedIn) ?? "?"}.</p>
      ) : null}
      {amendment.rejection === null || amendment.state !== "rejected" ? null : (
        <p className="muted">
          Rejected by {memberLabel(amendment.rejection.signer, me, myName, names)}
          {amendment.rejection.reason === "" ? "." : `: ${amendment.rejection.reason}`} A rejected amendment
          can be started again as a proposal of its own.
        </p>
      )}
      {decide === undefined || amendment.state !== "proposed" ? null : (
        <div className="amendment-decision">
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void act(() => decide.accept(amendment.id))}>
              Accept into version {next}
            </button>
            <button
              type="button"
              className="secondary"
              aria-expanded={rejecting}
              disabled={busy}
              onClick={() => setRejecting((r) => !r)}
            >
              {rejecting ? "Keep it" : "Reject…"}
            </button>
          </div>
          {rejecting ? (
            <div className="field">
              <label htmlFor={`${ids}-reason`}>Why reject amendment #{number}? (optional)</label>
              <textarea
                id={`${ids}-reason`}
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                disabled={busy}
              />
              <p className="help">Rejecting is signed and stays in the record.</p>
              <div className="actions">
                <button
                  type="button"
                  className="danger"
                  disabled={busy}
                  onClick={() => void act(() => decide.reject(amendment.id, reason))}
                >
                  Reject amendment #{number}
                </button>
              </div>
            </div>
          ) : null}
          {error === undefined ? null : (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
