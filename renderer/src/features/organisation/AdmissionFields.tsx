import { MAX_SPONSORS, type AdmissionPolicy } from "@chapterhouse/crdt/membership";

/** The admission policy of a new chapter (PROTOCOL.md M4.1, M6): fixed once the chapter exists. */
export function AdmissionFields({
  idPrefix,
  value,
  onChange,
  disabled,
}: {
  readonly idPrefix: string;
  readonly value: AdmissionPolicy;
  readonly onChange: (value: AdmissionPolicy) => void;
  readonly disabled: boolean;
}) {
  return (
    <fieldset className="fieldset">
      <legend>How new members join</legend>
      <p className="help">An invite from a facilitator always admits. Without one, a candidate needs this. It cannot be changed later.</p>
      <div className="field">
        <label htmlFor={`${idPrefix}-sponsors`}>Sponsors needed (members who vouch)</label>
        <input
          id={`${idPrefix}-sponsors`}
          type="number"
          min={0}
          max={MAX_SPONSORS}
          value={value.sponsors}
          onChange={(e) => onChange({ ...value, sponsors: Math.max(0, Math.min(MAX_SPONSORS, Math.trunc(Number(e.target.value) || 0))) })}
          disabled={disabled}
        />
      </div>
      <div className="check">
        <input
          id={`${idPrefix}-countersign`}
          type="checkbox"
          checked={value.countersign}
          onChange={(e) => onChange({ ...value, countersign: e.target.checked })}
          disabled={disabled}
        />
        <label htmlFor={`${idPrefix}-countersign`}>A facilitator must also countersign</label>
      </div>
    </fieldset>
  );
}
