import { MAX_COMMENT_LENGTH } from "@chapterhouse/crdt/proposals";
import { CharacterCount } from "../../../shared/ui/CharacterCount.js";

/**
 * The concern of a "consent with concerns" ballot. A ballot's choice is the word alone (PROTOCOL.md
 * T1.1), so the concern travels as what it is, deliberation: a signed comment on the proposal (P4)
 * naming the version voted on, posted with the ballot.
 */
export function ConcernField({
  id,
  value,
  onChange,
}: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
}) {
  return (
    <div className="field concern-field">
      <label htmlFor={id}>Your concern (optional)</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-count ${id}-help`}
      />
      <CharacterCount id={`${id}-count`} value={value} limit={MAX_COMMENT_LENGTH} />
      <p id={`${id}-help`} className="help">
        Posted with your ballot as a signed comment on the proposal, under your name, for everyone to read.
        The ballot itself records only that you consent with concerns.
      </p>
    </div>
  );
}
