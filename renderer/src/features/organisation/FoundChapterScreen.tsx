import type { AdmissionPolicy, Level } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useId, useState, type FormEvent } from "react";
import { useOrganisation } from "./use-organisation.js";
import { CharacterCount, limitProblem } from "../../shared/ui/CharacterCount.js";
import { errorText } from "../../shared/ui/error-text.js";
import { readPlace } from "./place-input.js";
import { foundChapter, levelsBelow } from "./found-chapter.js";
import type { MemberSpace } from "./member-space.js";
import { chapterPath } from "./paths.js";
import { navigate } from "../../shared/routing/navigate.js";
import { AdmissionFields } from "./AdmissionFields.js";
import { organisationPending } from "./ChapterScreen.js";
import { LEVEL_LABEL } from "./level-label.js";
import { PlaceFields } from "./PlaceFields.js";
import { RequireUnlocked } from "./RequireUnlocked.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";

/** A chapter's name is 1–200 characters (PROTOCOL.md M4.1). */
const NAME_LIMIT = 200;

/** Founding a sub-chapter of a chapter the member belongs to: name, level, place, admission policy. */
export function FoundChapterScreen({ organisation, parent }: { readonly organisation: string; readonly parent: string }) {
  return (
    <RequireUnlocked title="Found a sub-chapter">
      {(space) => <FoundForm space={space} organisation={organisation} parent={parent as ChapterId} />}
    </RequireUnlocked>
  );
}

function FoundForm({ space, organisation, parent }: { readonly space: MemberSpace; readonly organisation: string; readonly parent: ChapterId }) {
  const { session, view } = useOrganisation(space, organisation);
  const ids = useId();
  const [name, setName] = useState("");
  const [level, setLevel] = useState<Level | "">("");
  const [latitude, setLatitude] = useState("");
  const [longitude, setLongitude] = useState("");
  const [admission, setAdmission] = useState<AdmissionPolicy>({ sponsors: 1, countersign: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: "name" | "place" | "other"; text: string } | undefined>(undefined);

  const pending = organisationPending(view);
  const parentChapter = view?.roster.chapters.get(parent);
  if (pending !== undefined || session === undefined || parentChapter === undefined) {
    return (
      <div>
        <ScreenHeading>Found a sub-chapter</ScreenHeading>
        <p aria-busy="true">{pending ?? "Looking for the parent chapter…"}</p>
      </div>
    );
  }
  const levels = levelsBelow(parentChapter.level);
  const chosen: Level | undefined = level === "" ? levels[0] : level;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (name.trim() === "") return setError({ field: "name", text: "Give the chapter a name." });
    const tooLong = limitProblem("The name", name, NAME_LIMIT);
    if (tooLong !== undefined) return setError({ field: "name", text: tooLong });
    const place = readPlace(latitude, longitude);
    if (!place.ok) return setError({ field: "place", text: place.problem });
    if (chosen === undefined || session === undefined) return;
    setError(undefined);
    setBusy(true);
    try {
      const chapter = await foundChapter(space, session, { parent, name: name.trim(), level: chosen, place: place.place, admission });
      navigate(chapterPath.href({ organisation, chapter }));
    } catch (problem) {
      setError({ field: "other", text: `Could not found the chapter: ${errorText(problem)}` });
      setBusy(false);
    }
  }

  const errorId = `${ids}-error`;
  return (
    <div>
      <ScreenHeading>Found a sub-chapter of {parentChapter.name}</ScreenHeading>
      <p className="lede">You will be its founder and first facilitator; members of {parentChapter.name} and every chapter above it count it as theirs.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-name`}>Name</label>
          <input
            id={`${ids}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error?.field === "name" ? true : undefined}
            aria-describedby={`${ids}-name-count${error?.field === "name" ? ` ${errorId}` : ""}`}
            disabled={busy}
          />
          <CharacterCount id={`${ids}-name-count`} value={name} limit={NAME_LIMIT} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-level`}>Level</label>
          <select id={`${ids}-level`} value={chosen ?? ""} onChange={(e) => setLevel(e.target.value as Level)} disabled={busy}>
            {levels.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABEL[l]}
              </option>
            ))}
          </select>
        </div>
        <PlaceFields
          idPrefix={ids}
          latitude={latitude}
          longitude={longitude}
          onLatitude={setLatitude}
          onLongitude={setLongitude}
          invalid={error?.field === "place"}
          describedBy={error?.field === "place" ? errorId : undefined}
          disabled={busy}
        />
        <AdmissionFields idPrefix={ids} value={admission} onChange={setAdmission} disabled={busy} />
        {error === undefined ? null : (
          <p id={errorId} className="error" role="alert">
            {error.text}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Founding…" : "Found chapter"}
          </button>
          <a className="button secondary" href={chapterPath.href({ organisation, chapter: parent })}>
            Cancel
          </a>
        </div>
      </form>
    </div>
  );
}
