import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useId } from "react";

/** An organisation the member may sync through a meeting. */
export interface OrganisationOption {
  readonly url: DocumentUrl;
  readonly name: string;
}

/**
 * Which of the member's organisations a meeting syncs: only these are announced to the
 * meeting's relay (DESIGN.md §7). `options` undefined: the identity is locked.
 */
export function OrganisationChoice({
  options,
  chosen,
  onChange,
}: {
  readonly options: readonly OrganisationOption[] | undefined;
  readonly chosen: ReadonlySet<DocumentUrl>;
  readonly onChange: (chosen: ReadonlySet<DocumentUrl>) => void;
}) {
  const ids = useId();
  if (options === undefined) {
    return <p className="help">Unlock your identity to choose which of your organisations to sync through the meeting.</p>;
  }
  if (options.length === 0) return <p className="help">You are not in an organisation yet: the meeting syncs nothing of yours.</p>;
  return (
    <fieldset className="fieldset">
      <legend>Organisations to sync through the meeting</legend>
      <p className="help">Only these are shared with the meeting; your other organisations stay private to you.</p>
      {options.map((option, index) => (
        <div className="check" key={option.url}>
          <input
            id={`${ids}-${index}`}
            type="checkbox"
            checked={chosen.has(option.url)}
            onChange={(event) => {
              const next = new Set(chosen);
              if (event.target.checked) next.add(option.url);
              else next.delete(option.url);
              onChange(next);
            }}
          />
          <label htmlFor={`${ids}-${index}`}>{option.name}</label>
        </div>
      ))}
    </fieldset>
  );
}
