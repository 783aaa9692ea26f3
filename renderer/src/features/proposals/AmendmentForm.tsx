import type { AmendmentChange } from "@chapterhouse/crdt";
import { useId, useState, type FormEvent } from "react";
import { CharacterCount, limitProblem } from "../../shared/ui/CharacterCount.js";
import { errorText } from "../../shared/ui/error-text.js";
import { optionsFromLines } from "./option-lines.js";
import type { VersionEntry } from "@chapterhouse/crdt";

/** An option's label is 1–200 characters (PROTOCOL.md P3), a reason 0–2,000 (P5). */
const LABEL_LIMIT = 200;
const REASON_LIMIT = 2000;

/**
 * Proposing an amendment to the latest version (PROTOCOL.md P5): its text changed, or an option
 * added, with the reason. The author accepts it into a new version or rejects it; or the chapter
 * votes on it.
 */
export function AmendmentForm({
  latest,
  onPropose,
}: {
  readonly latest: VersionEntry;
  readonly onPropose: (change: AmendmentChange, reason: string) => Promise<unknown>;
}) {
  const ids = useId();
  const [type, setType] = useState<AmendmentChange["type"]>("text");
  const [text, setText] = useState(latest.text);
  const [label, setLabel] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setError(undefined);
    setDone(false);
    const tooLong = limitProblem("The reason", reason, REASON_LIMIT) ?? (type === "option" ? limitProblem("The option", label, LABEL_LIMIT) : undefined);
    if (tooLong !== undefined) return setError(tooLong);
    let change: AmendmentChange;
    if (type === "text") {
      change = { type: "text", text };
    } else {
      // The id the option would have beside the version's own (distinct from theirs, P5.1).
      const option = optionsFromLines(
        [...latest.options.map((o) => o.label), label].join("\n"),
        latest.options,
      ).at(-1);
      if (label.trim() === "" || option === undefined || option.label !== label.trim())
        return setError(
          label.trim() === ""
            ? "Name the option first."
            : `Version ${latest.n} already has the option “${label.trim()}”.`,
        );
      change = { type: "option", option };
    }
    setBusy(true);
    try {
      await onPropose(change, reason.trim());
      setDone(true);
      setLabel("");
      setReason("");
    } catch (problem) {
      setError(errorText(problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="amendment-form"
      aria-labelledby={`${ids}-heading`}
    >
      <h3 id={`${ids}-heading`}>Propose an amendment to version {latest.n}</h3>
      <fieldset className="fieldset">
        <legend>What does it change?</legend>
        <div className="check">
          <input
            type="radio"
            id={`${ids}-text`}
            name={`${ids}-type`}
            checked={type === "text"}
            onChange={() => setType("text")}
            disabled={busy}
          />
          <label htmlFor={`${ids}-text`}>The text</label>
        </div>
        <div className="check">
          <input
            type="radio"
            id={`${ids}-option`}
            name={`${ids}-type`}
            checked={type === "option"}
            onChange={() => setType("option")}
            disabled={busy}
          />
          <label htmlFor={`${ids}-option`}>Adds an option</label>
        </div>
      </fieldset>
      {type === "text" ? (
        <div className="field">
          <label htmlFor={`${ids}-amended`}>Amended text</label>
          <textarea
            id={`${ids}-amended`}
            rows={6}
            value={text}
            onChange={(e) => setText(e.target.value)}
            disabled={busy}
          />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${ids}-label`}>New option</label>
          <input
            id={`${ids}-label`}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            aria-describedby={`${ids}-label-count`}
            disabled={busy}
          />
          <CharacterCount id={`${ids}-label-count`} value={label} limit={LABEL_LIMIT} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${ids}-reason`}>Why (optional)</label>
        <textarea
          id={`${ids}-reason`}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          disabled={busy}
          aria-describedby={`${ids}-reason-count ${ids}-note`}
        />
        <CharacterCount id={`${ids}-reason-count`} value={reason} limit={REASON_LIMIT} />
        <p id={`${ids}-note`} className="help">
          An amendment is signed with your key and stays in the record; it can't be withdrawn, only accepted,
          rejected or voted on.
        </p>
      </div>
      {error === undefined ? null : (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {done ? (
        <p className="notice" role="status">
          Your amendment is proposed.
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Signing…" : "Propose amendment"}
        </button>
      </div>
    </form>
  );
}
