import type { DocHandle } from "@automerge/automerge-repo";
import { useEffect, useId, useState, type FormEvent } from "react";
import { errorText } from "../../shared/ui/error-text.js";
import { draftOf } from "./draft-text.js";
import { optionLines, optionsFromLines } from "./option-lines.js";
import { signVersion, type ProposalContext } from "./proposal-actions.js";
import type { ProposalDetail } from "@chapterhouse/crdt";

/**
 * Signing the draft as the next version (PROTOCOL.md P3), by the author or a facilitator: the
 * draft's text as it is now and, for a vote between options, the options one per line.
 */
export function SignVersionForm({
  context,
  detail,
  handle,
}: {
  readonly context: ProposalContext;
  readonly detail: ProposalDetail;
  readonly handle: DocHandle<unknown>;
}) {
  const ids = useId();
  const latest = detail.versions.at(-1);
  const [options, setOptions] = useState(() => optionLines(latest?.options ?? []));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [signed, setSigned] = useState<number | undefined>(undefined);
  const next = (latest?.n ?? 0) + 1;
  // A new version (signed here or elsewhere) brings its options.
  const latestOptions = optionLines(latest?.options ?? []);
  useEffect(() => setOptions(latestOptions), [latest?.id]);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      await signVersion(context, {
        text: draftOf(handle.doc()),
        options: optionsFromLines(options, latest?.options ?? []),
      });
      setSigned(next);
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
      className="sign-version"
      aria-labelledby={`${ids}-heading`}
    >
      <h3 id={`${ids}-heading`}>Sign version {next}</h3>
      <p className="help">
        Signs the draft as it is now with your key: members then comment and propose amendments on it, and a
        vote can be opened on it. A signed version stays in the record.
      </p>
      <div className="field">
        <label htmlFor={`${ids}-options`}>Options, one per line</label>
        <textarea
          id={`${ids}-options`}
          rows={3}
          value={options}
          onChange={(e) => setOptions(e.target.value)}
          aria-describedby={`${ids}-options-help`}
          disabled={busy}
        />
        <p id={`${ids}-options-help`} className="help">
          For a vote between options (plurality, approval, score, ranked). Leave empty for a yes/no decision.
        </p>
      </div>
      {error === undefined ? null : (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {signed === undefined || signed !== latest?.n ? null : (
        <p className="notice" role="status">
          Version {signed} is signed.
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Signing…" : `Sign version ${next}`}
        </button>
      </div>
    </form>
  );
}
