import type { ChapterId } from "@chapterhouse/crdt";
import { useId, useState, type FormEvent } from "react";
import { useOrganisation } from "../organisation/index.js";
import { CharacterCount, limitProblem } from "../../shared/ui/CharacterCount.js";
import { errorText } from "../../shared/ui/error-text.js";
import type { MemberSpace } from "../organisation/index.js";
import { chapterPath } from "../organisation/index.js";
import { proposalPath } from "./paths.js";
import { navigate } from "../../shared/routing/navigate.js";
import { organisationPending } from "../organisation/index.js";
import { RequireUnlocked } from "../organisation/index.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";
import { createProposal } from "./create-proposal.js";

/** A proposal's title is 1–200 characters (PROTOCOL.md P2). */
const TITLE_LIMIT = 200;

/** Starting a proposal in a chapter the member belongs to: its title and a first draft. */
export function NewProposalScreen({
  organisation,
  chapter,
}: {
  readonly organisation: string;
  readonly chapter: string;
}) {
  return (
    <RequireUnlocked title="Start a proposal">
      {(space) => <NewProposal space={space} organisation={organisation} chapter={chapter as ChapterId} />}
    </RequireUnlocked>
  );
}

function NewProposal({
  space,
  organisation,
  chapter,
}: {
  readonly space: MemberSpace;
  readonly organisation: string;
  readonly chapter: ChapterId;
}) {
  const { session, view } = useOrganisation(space, organisation);
  const ids = useId();
  const [title, setTitle] = useState("");
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: "title" | "other"; text: string } | undefined>(undefined);
  const pending = organisationPending(view);
  const current = view?.roster.chapters.get(chapter);
  if (pending !== undefined || session === undefined || current === undefined) {
    return (
      <div>
        <ScreenHeading>Start a proposal</ScreenHeading>
        <p aria-busy="true">{pending ?? "Looking for the chapter…"}</p>
      </div>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (title.trim() === "") return setError({ field: "title", text: "Give the proposal a title." });
    const tooLong = limitProblem("The title", title, TITLE_LIMIT);
    if (tooLong !== undefined) return setError({ field: "title", text: tooLong });
    if (session === undefined) return;
    setError(undefined);
    setBusy(true);
    try {
      const created = await createProposal(space, session, { chapter, title, draft });
      navigate(proposalPath.href({ organisation, chapter, proposal: created.proposal }));
    } catch (problem) {
      setError({ field: "other", text: `Could not start the proposal: ${errorText(problem)}` });
      setBusy(false);
    }
  }

  const errorId = `${ids}-error`;
  return (
    <div>
      <ScreenHeading>Start a proposal in {current.name}</ScreenHeading>
      <p className="lede">
        Members of {current.name} and its sub-chapters draft it together. When the text is ready you sign it
        as version 1; then members comment and propose amendments, and a vote can be opened.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-title`}>Title</label>
          <input
            id={`${ids}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={error?.field === "title" ? true : undefined}
            aria-describedby={`${ids}-title-count ${ids}-title-help${error?.field === "title" ? ` ${errorId}` : ""}`}
            disabled={busy}
          />
          <CharacterCount id={`${ids}-title-count`} value={title} limit={TITLE_LIMIT} />
          <p id={`${ids}-title-help`} className="help">
            The title is signed with your key and can't be changed later.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-draft`}>First draft</label>
          <textarea
            id={`${ids}-draft`}
            rows={8}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            disabled={busy}
            aria-describedby={`${ids}-draft-help`}
          />
          <p id={`${ids}-draft-help`} className="help">
            Optional. The draft is shared and editable by members; it is not signed.
          </p>
        </div>
        {error === undefined ? null : (
          <p id={errorId} className="error" role="alert">
            {error.text}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Starting…" : "Start proposal"}
          </button>
          <a className="button secondary" href={chapterPath.href({ organisation, chapter })}>
            Cancel
          </a>
        </div>
      </form>
    </div>
  );
}
