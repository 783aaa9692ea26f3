import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useEffect, useId, useState, type FormEvent } from "react";
import { JoinAddressError, readJoinAddress, type FoundMeeting, type MeetingAddress } from "./join-address.js";
import type { JoinOutcome } from "./meeting-actions.js";
import { OrganisationChoice, type OrganisationOption } from "./OrganisationChoice.js";
import { withoutCode } from "./without-code.js";

/** What the join form shows and does. */
export interface JoinMeetingFormProps {
  /** A meeting found on the network: its code alone is then enough. */
  readonly found?: FoundMeeting;
  readonly organisations: readonly OrganisationOption[] | undefined;
  readonly onJoin: (address: MeetingAddress, organisations: readonly DocumentUrl[]) => Promise<JoinOutcome>;
  readonly submitLabel: string;
}

type State =
  | { readonly type: "idle" }
  | { readonly type: "joining" }
  | { readonly type: "invalid"; readonly text: string }
  | { readonly type: "failed"; readonly text: string }
  | { readonly type: "done"; readonly outcome: JoinOutcome };

/** Joining a meeting from its join address (or, for a meeting found on the network, its code). */
export function JoinMeetingForm({ found, organisations, onJoin, submitLabel }: JoinMeetingFormProps) {
  const ids = useId();
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<DocumentUrl>>(new Set());
  const [state, setState] = useState<State>({ type: "idle" });
  // The one organisation is offered checked; with several the member picks (as when hosting).
  const only = organisations?.length === 1 ? organisations[0]!.url : undefined;
  useEffect(() => {
    if (only !== undefined) setChosen(new Set([only]));
  }, [only]);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    let address: MeetingAddress;
    try {
      address = readJoinAddress(text, found);
    } catch (problem) {
      setState({ type: "invalid", text: problem instanceof JoinAddressError ? problem.message : String(problem) });
      return;
    }
    setState({ type: "joining" });
    try {
      setState({ type: "done", outcome: await onJoin(address, [...chosen]) });
    } catch (failure) {
      setState({ type: "failed", text: `Could not join the meeting. ${withoutCode(failure)}` });
    }
  }

  const label = found === undefined ? "Join address" : "Join address or code";
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="join-meeting">
      <div className="field">
        <label htmlFor={`${ids}-address`}>{label}</label>
        <input
          id={`${ids}-address`}
          value={text}
          inputMode="url"
          autoComplete="off"
          onChange={(event) => {
            setText(event.target.value);
            if (state.type === "invalid") setState({ type: "idle" });
          }}
          aria-invalid={state.type === "invalid" ? true : undefined}
          aria-describedby={state.type === "invalid" ? `${ids}-error` : `${ids}-help`}
        />
        <p id={`${ids}-help`} className="help">
          {found === undefined
            ? "As the organiser's screen shows it, e.g. http://192.168.1.20:3030/#/join?token=…"
            : "The address, or just the code after token=, from the organiser's screen."}
        </p>
        {state.type === "invalid" ? (
          <p id={`${ids}-error`} className="error" role="alert">
            {state.text}
          </p>
        ) : null}
      </div>
      <OrganisationChoice options={organisations} chosen={chosen} onChange={setChosen} />
      {state.type === "joining" ? (
        <p role="status" aria-busy="true">
          Joining…
        </p>
      ) : null}
      {state.type === "failed" ? (
        <p className="error" role="alert">
          {state.text}
        </p>
      ) : null}
      {state.type === "done" ? <Outcome outcome={state.outcome} /> : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={state.type === "joining"}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function Outcome({ outcome }: { readonly outcome: JoinOutcome }) {
  switch (outcome.type) {
    case "joined":
      return (
        <p role="status">
          {outcome.reloading
            ? "Joined: the app reloads to connect to the meeting…"
            : "Joined: this device syncs with the meeting. The sync status above shows when it is connected."}
        </p>
      );
    case "open-instead":
      return (
        <div className="notice" role="status">
          <p>{outcome.reason}</p>
          <p>
            Open the meeting&rsquo;s own page instead: <a href={outcome.joinUrl}>{outcome.joinUrl}</a>
          </p>
        </div>
      );
    case "refused":
      return (
        <p className="error" role="alert">
          This address cannot be used: {outcome.reason}
        </p>
      );
  }
}
