import type { HostedMeeting } from "@chapterhouse/crdt/desktop";
import { useId, useState } from "react";
import type { RelayState } from "../../shared/data/relay-connection.js";
import { QrCode } from "./QrCode.js";
import { withoutCode } from "./without-code.js";

/** What the hosted meeting's panel shows and does. */
export interface HostedMeetingViewProps {
  readonly meeting: HostedMeeting;
  /** This device's connection to the meeting's relay; undefined when it is not among its relays. */
  readonly connection: RelayState | undefined;
  /** The names of the organisations synced through the meeting. */
  readonly organisations: readonly string[];
  /** Stops the meeting; a rejection is shown. */
  readonly onStop: () => Promise<void>;
  /** Copies text (the clipboard); a rejection says to copy by hand. */
  readonly copy: (text: string) => Promise<void>;
}

const CONNECTION_TEXT: Readonly<Record<RelayState, string>> = {
  connected: "Connected to the meeting",
  connecting: "Connecting to the meeting…",
  disconnected: "Not connected (working offline?)",
  error: "Cannot reach the meeting's relay",
};

/** The meeting this computer hosts: its join address as text and QR code, its state, and "Stop meeting". */
export function HostedMeetingView({ meeting, connection, organisations, onStop, copy }: HostedMeetingViewProps) {
  const ids = useId();
  const [copied, setCopied] = useState("");
  const [stopping, setStopping] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  async function stop(): Promise<void> {
    setStopping(true);
    setError(undefined);
    try {
      await onStop();
    } catch (failure) {
      setError(`The meeting did not stop cleanly. ${withoutCode(failure)}`);
      setStopping(false);
    }
  }

  return (
    <section aria-labelledby={`${ids}-heading`} data-testid="hosted-meeting">
      <h2 id={`${ids}-heading`}>Hosting &ldquo;{meeting.name}&rdquo;</h2>
      <p>
        People in the room join by opening this address or scanning the code with a phone&rsquo;s camera, on the same
        network. The address holds the meeting&rsquo;s code, so show it only to the room.
      </p>
      <div className="invite-link">
        <div className="field">
          <label htmlFor={`${ids}-address`}>Join address</label>
          <input id={`${ids}-address`} readOnly value={meeting.joinUrl} onFocus={(event) => event.target.select()} />
        </div>
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              void copy(meeting.joinUrl).then(
                () => setCopied("Join address copied."),
                () => setCopied("Could not copy: select the address and copy it yourself."),
              )
            }
          >
            Copy address
          </button>
          <span role="status">{copied}</span>
        </div>
        <QrCode text={meeting.joinUrl} alt={`QR code of the join address ${meeting.joinUrl}: scan it with a phone's camera to join.`} />
      </div>
      <dl className="facts" aria-label="The meeting">
        <dt>State</dt>
        <dd data-testid="meeting-state">Running on {meeting.address}, port {meeting.port}</dd>
        <dt>This computer</dt>
        <dd data-testid="meeting-connection">
          {connection === undefined ? "Not among this device's relays: reload the app to connect" : CONNECTION_TEXT[connection]}
        </dd>
        <dt>Syncs</dt>
        <dd>{organisations.length === 0 ? "None of your organisations" : organisations.join(", ")}</dd>
      </dl>
      {error === undefined ? null : (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void stop()} disabled={stopping}>
          {stopping ? "Stopping…" : "Stop meeting"}
        </button>
      </div>
    </section>
  );
}
