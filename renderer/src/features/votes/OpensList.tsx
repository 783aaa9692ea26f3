import type { MemberKey, RecordId } from "@chapterhouse/crdt";
import { memberLabel } from "../organisation/index.js";
import { useMemberNames } from "../organisation/index.js";
import { formatTime } from "./local-time.js";
import type { OpenSummary } from "@chapterhouse/crdt";

/** Props of the list of a proposal's votes. */
export interface OpensListProps {
  readonly opens: readonly OpenSummary[];
  /** The open shown below. */
  readonly shown: RecordId;
  readonly me: MemberKey;
  readonly myName: string;
  readonly onSelect: (open: RecordId | null) => void;
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  valid: "current",
  superseded: "replaced",
  contested: "contested",
};

/**
 * The proposal's votes when there is more than one (a vote replaced by a later one, or two opened
 * at once): each with its state, the shown one marked; contested opens explained. Nothing when
 * the proposal has a single vote.
 */
export function OpensList({ opens, shown, me, myName, onSelect }: OpensListProps) {
  const names = useMemberNames();
  if (opens.length < 2) return null;
  const contested = opens.filter((o) => o.status === "contested");
  return (
    <div className="opens-list">
      {contested.length > 0 && (
        <p className="notice" role="status" data-testid="contested-opens">
          {contested.length} votes were opened on this proposal at the same time and none replaces the others: they are contested. The author or a
          facilitator can open a new vote that replaces them all.
        </p>
      )}
      <ul aria-label="Votes on this proposal">
        {opens.map((open) => (
          <li key={open.id} data-status={open.status}>
            {open.id === shown ? (
              <strong aria-current="true">Shown: </strong>
            ) : (
              <button type="button" className="link-button" onClick={() => onSelect(open.id)}>
                Show
              </button>
            )}{" "}
            opened by {memberLabel(open.signer, me, myName, names)}, {formatTime(open.at)} — {STATUS_WORDS[open.status] ?? open.status.replace(/-/g, " ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
