import type { AdmissionPolicy } from "@chapterhouse/crdt/membership";
import { useId, useState, type FormEvent } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { CharacterCount, limitProblem } from "../../shared/ui/CharacterCount.js";
import { errorText } from "../../shared/ui/error-text.js";
import { readPlace } from "./place-input.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { MemberSpace } from "./member-space.js";
import { startOrganisation } from "./start-organisation.js";
import { chapterPath } from "./paths.js";
import { settingsPath } from "../settings/index.js";
import { navigate } from "../../shared/routing/navigate.js";
import { AdmissionFields } from "./AdmissionFields.js";
import { PlaceFields } from "./PlaceFields.js";
import { RequireUnlocked } from "./RequireUnlocked.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";

/** A chapter's name is 1–200 characters (PROTOCOL.md M4.1). */
const NAME_LIMIT = 200;

/** Starting an organisation: its international chapter, with the member as founder and facilitator. */
export function StartOrganisationScreen() {
  return <RequireUnlocked title="Start an organisation">{(space) => <StartForm space={space} />}</RequireUnlocked>;
}

function StartForm({ space }: { readonly space: MemberSpace }) {
  const { relays } = useAppData();
  const snapshot = useObservable(relays.relays);
  const relayUrls = snapshot.relays.filter((r) => r.kind === "relay").map((r) => r.url);
  const ids = useId();
  const [name, setName] = useState("");
  const [latitude, setLatitude] = useState("");
  const [longitude, setLongitude] = useState("");
  const [admission, setAdmission] = useState<AdmissionPolicy>({ sponsors: 1, countersign: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: "name" | "place" | "other"; text: string } | undefined>(undefined);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (name.trim() === "") return setError({ field: "name", text: "Give the organisation a name." });
    const tooLong = limitProblem("The name", name, NAME_LIMIT);
    if (tooLong !== undefined) return setError({ field: "name", text: tooLong });
    const place = readPlace(latitude, longitude);
    if (!place.ok) return setError({ field: "place", text: place.problem });
    setError(undefined);
    setBusy(true);
    try {
      const started = await startOrganisation(space, { name: name.trim(), place: place.place, admission, relays: relayUrls });
      navigate(chapterPath.href({ organisation: documentIdOf(started.organisation), chapter: started.chapter }));
    } catch (problem) {
      setError({ field: "other", text: `Could not start the organisation: ${errorText(problem)}` });
      setBusy(false);
    }
  }

  const errorId = `${ids}-error`;
  return (
    <div>
      <ScreenHeading>Start an organisation</ScreenHeading>
      <p className="lede">This makes its international chapter, with you as founder and first facilitator. You can then invite members and found chapters under it.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-name`}>Name of the organisation</label>
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
        <div className="notice" role="note">
          {relayUrls.length === 0 ? (
            <p>
              No relay yet: the organisation stays on this device, and invite links will not reach anyone. <a href={settingsPath.href()}>Add a relay in Settings</a> first to share it.
            </p>
          ) : (
            <p>
              It will sync through {relayUrls.length === 1 ? "the relay" : "the relays"} <code>{relayUrls.join(", ")}</code>.
            </p>
          )}
        </div>
        {error === undefined ? null : (
          <p id={errorId} className="error" role="alert">
            {error.text}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Starting…" : "Start organisation"}
          </button>
        </div>
      </form>
    </div>
  );
}
