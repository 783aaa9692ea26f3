import type { HostMeetingOptions, MeetingInterface } from "@chapterhouse/crdt/desktop";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useEffect, useId, useState, type FormEvent } from "react";
import { OrganisationChoice, type OrganisationOption } from "./OrganisationChoice.js";
import { withoutCode } from "./without-code.js";

/** What the host form shows and does. */
export interface HostMeetingFormProps {
  /** The computer's network interfaces (private LAN addresses first); undefined while they load. */
  readonly interfaces: readonly MeetingInterface[] | undefined;
  /** The member's organisations; undefined while the identity is locked. */
  readonly organisations: readonly OrganisationOption[] | undefined;
  readonly defaultName: string;
  /** Starts the meeting; a rejection is shown. On success the page reloads (the desktop). */
  readonly onHost: (options: HostMeetingOptions, organisations: readonly DocumentUrl[]) => Promise<void>;
}

const KIND_LABEL: Readonly<Record<MeetingInterface["kind"], string>> = {
  lan: "local network",
  other: "other network",
  virtual: "virtual network",
  loopback: "this computer only",
};

/** E5.4: a meeting's name is what others on the network see (its mDNS name): 1–63 UTF-8 bytes, no control characters. */
export function meetingNameProblem(name: string): string | undefined {
  if (name === "") return "Give the meeting a name people in the room will recognise.";
  if (/\p{Cc}/u.test(name)) return "The name cannot hold tabs or line breaks.";
  if (new TextEncoder().encode(name).length > 63) return "That name is too long: keep it under about 60 letters.";
  return undefined;
}

/** "Host a meeting": its name, the network it is on, the organisations it syncs. */
export function HostMeetingForm({ interfaces, organisations, defaultName, onHost }: HostMeetingFormProps) {
  const ids = useId();
  const [name, setName] = useState(defaultName);
  const [address, setAddress] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<DocumentUrl>>(new Set());
  const [error, setError] = useState<{ readonly field: "name" | "form"; readonly text: string } | undefined>(undefined);
  const [starting, setStarting] = useState(false);

  // Every organisation is offered checked when there is just one; with several the member picks.
  const only = organisations?.length === 1 ? organisations[0]!.url : undefined;
  useEffect(() => {
    if (only !== undefined) setChosen(new Set([only]));
  }, [only]);
  const selected = address !== "" ? address : (interfaces?.[0]?.address ?? "");

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const trimmed = name.trim();
    const problem = meetingNameProblem(trimmed);
    if (problem !== undefined) {
      setError({ field: "name", text: problem });
      return;
    }
    if (selected === "") {
      setError({ field: "form", text: "This computer is on no network a meeting can use: join the room's Wi-Fi first." });
      return;
    }
    setError(undefined);
    setStarting(true);
    try {
      await onHost({ name: trimmed, address: selected }, [...chosen]);
    } catch (failure) {
      setError({ field: "form", text: `The meeting could not start. ${withoutCode(failure)}` });
      setStarting(false);
    }
  }

  const nameError = error?.field === "name" ? error.text : undefined;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Host a meeting</h2>
      <p>
        This computer runs the meeting: phones and laptops on the same network open its address, and everyone&rsquo;s
        changes reach each other with no internet. Keep the app open until the meeting ends.
      </p>
      <div className="field">
        <label htmlFor={`${ids}-name`}>Meeting name</label>
        <input
          id={`${ids}-name`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={nameError === undefined ? undefined : true}
          aria-describedby={nameError === undefined ? `${ids}-name-help` : `${ids}-name-error`}
        />
        <p id={`${ids}-name-help`} className="help">
          Other desktops on the network see it in their list of meetings.
        </p>
        {nameError === undefined ? null : (
          <p id={`${ids}-name-error`} className="error" role="alert">
            {nameError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-network`}>Network</label>
        {interfaces === undefined ? (
          <p aria-busy="true">Looking at this computer&rsquo;s networks…</p>
        ) : (
          <select id={`${ids}-network`} value={selected} onChange={(event) => setAddress(event.target.value)} disabled={interfaces.length === 0}>
            {interfaces.map((option) => (
              <option key={`${option.name} ${option.address}`} value={option.address}>
                {option.address} ({option.name}, {KIND_LABEL[option.kind]})
              </option>
            ))}
          </select>
        )}
        <p className="help">Pick the room&rsquo;s Wi-Fi or cable network: phones must be on the same one.</p>
      </div>
      <OrganisationChoice options={organisations} chosen={chosen} onChange={setChosen} />
      {error?.field === "form" ? (
        <p className="error" role="alert">
          {error.text}
        </p>
      ) : null}
      {starting ? (
        <p role="status" aria-busy="true">
          Starting the meeting; the app reloads to connect to it…
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={starting || interfaces === undefined}>
          Start the meeting
        </button>
      </div>
    </form>
  );
}
