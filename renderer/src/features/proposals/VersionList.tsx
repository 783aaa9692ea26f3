import type { MemberKey } from "@chapterhouse/crdt";
import { useId } from "react";
import { memberLabel } from "../organisation/index.js";
import { useMemberNames } from "../organisation/index.js";
import { formatTime } from "./format-time.js";
import type { ProposalDetail } from "@chapterhouse/crdt";

/** The signed versions of a proposal, latest first: text, options, who signed, which amendments it accepted. */
export function VersionList({
  detail,
  me,
  myName,
}: {
  readonly detail: ProposalDetail;
  readonly me: MemberKey;
  readonly myName: string;
}) {
  const names = useMemberNames();
  const ids = useId();
  const versions = [...detail.versions].reverse();
  const amendmentNumber = new Map(detail.amendments.map((a, i) => [a.id, i + 1]));
  return (
    <section aria-labelledby={`${ids}-heading`} className="versions">
      <h2 id={`${ids}-heading`}>Versions</h2>
      {versions.length === 0 ? (
        <p className="empty-state">
          No version is signed yet. The author signs the draft as version 1 when it is ready for deliberation.
        </p>
      ) : (
        <ol className="version-list" aria-label="Signed versions" reversed>
          {versions.map((version, i) => (
            <li key={version.id} data-version={version.n} data-record={version.id}>
              <h3>
                Version {version.n}
                {i === 0 ? <span className="badge">latest</span> : null}
              </h3>
              <p className="muted">
                Signed by {memberLabel(version.signer, me, myName, names)} · {formatTime(version.at)}
                {version.accepts.length === 0
                  ? ""
                  : ` · accepts amendment${version.accepts.length === 1 ? "" : "s"} ${version.accepts.map((id) => `#${amendmentNumber.get(id) ?? "?"}`).join(", ")}`}
              </p>
              <div className="version-text">{version.text}</div>
              {version.options.length === 0 ? null : (
                <>
                  <h4>Options</h4>
                  <ul aria-label={`Options of version ${version.n}`}>
                    {version.options.map((option) => (
                      <li key={option.id}>{option.label}</li>
                    ))}
                  </ul>
                </>
              )}
              <p className="muted small">
                Text hash{" "}
                <code title="What a vote on this version binds ballots to (PROTOCOL.md P3.2)">
                  {version.textHash.slice(0, 12)}…
                </code>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
