import { useId, useState, type FormEvent } from "react";
import type { RelayKind } from "../../shared/data/connection-settings.js";
import type { RelayConnectionStatus, RelayState } from "../../shared/data/relay-connection.js";
import { parseRelayUrl, RelayUrlError, type RelayUrl } from "../../shared/data/relay-url.js";

/** What the relay settings show and do. */
export interface RelaySettingsProps {
  readonly relays: readonly RelayConnectionStatus[];
  readonly workOffline: boolean;
  /** `location.protocol` of the page, so `ws://` is refused where the browser would block it. */
  readonly pageProtocol: string;
  /** Adds a relay. A rejection is shown to the member as an error. */
  readonly onAdd: (url: RelayUrl, kind: RelayKind) => Promise<void>;
  /** Removes a relay. A rejection is shown to the member as an error. */
  readonly onRemove: (url: RelayUrl) => Promise<void>;
}

const STATE_LABEL: Readonly<Record<RelayState, string>> = {
  connecting: "Connecting…",
  connected: "Connected",
  disconnected: "Disconnected",
  error: "Can't connect",
};

const KIND_LABEL: Readonly<Record<RelayKind, string>> = { relay: "Relay", meeting: "Meeting host" };

function stateText(relay: RelayConnectionStatus, workOffline: boolean): string {
  if (workOffline) return "Disconnected (working offline)";
  const label = STATE_LABEL[relay.state];
  return relay.detail === undefined ? label : `${label}: ${relay.detail}`;
}

/** The list of relays with their states, and the form that adds one (ws:// or wss:// only). */
export function RelaySettings({ relays, workOffline, pageProtocol, onAdd, onRemove }: RelaySettingsProps) {
  const ids = useId();
  const [address, setAddress] = useState("");
  const [kind, setKind] = useState<RelayKind>("relay");
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    let url: RelayUrl;
    try {
      url = parseRelayUrl(address, pageProtocol);
    } catch (problem) {
      setError(problem instanceof RelayUrlError ? problem.message : String(problem));
      return;
    }
    if (relays.some((relay) => relay.url === url)) {
      setError("This relay is already in the list.");
      return;
    }
    setBusy(true);
    try {
      await onAdd(url, kind);
      setError(undefined);
      setAddress("");
      setNotice(`Added ${url}.`);
    } catch (problem) {
      setError(`Could not save the relay: ${problem instanceof Error ? problem.message : String(problem)}`);
    } finally {
      setBusy(false);
    }
  }

  async function remove(url: RelayUrl): Promise<void> {
    try {
      await onRemove(url);
      setNotice(`Removed ${url}.`);
    } catch (problem) {
      setNotice(`Could not remove ${url}: ${problem instanceof Error ? problem.message : String(problem)}`);
    }
  }

  const errorId = `${ids}-error`;
  const helpId = `${ids}-help`;
  return (
    <section className="relay-settings" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Relays and meeting hosts</h2>
      {relays.length === 0 ? (
        <p className="empty-state">
          No relay yet. Add the address your organisation gave you (it starts with <code>wss://</code>). Until
          then this device keeps everything to itself.
        </p>
      ) : (
        <ul className="relay-list" aria-label="Relays">
          {relays.map((relay) => (
            <li
              key={relay.url}
              className="relay-item"
              data-state={workOffline ? "disconnected" : relay.state}
            >
              <span className="relay-url">{relay.url}</span>
              <span className="relay-kind">{KIND_LABEL[relay.kind]}</span>
              <span className="relay-state">{stateText(relay, workOffline)}</span>
              <button
                type="button"
                className="secondary"
                aria-label={`Remove ${relay.url}`}
                onClick={() => void remove(relay.url)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="relay-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${ids}-address`}>Relay address</label>
          <input
            id={`${ids}-address`}
            name="address"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="wss://relay.example.org"
            value={address}
            aria-invalid={error !== undefined}
            aria-describedby={error === undefined ? helpId : `${helpId} ${errorId}`}
            onChange={(event) => {
              setAddress(event.target.value);
              if (error !== undefined) setError(undefined);
            }}
          />
          <p id={helpId} className="help">
            Starts with <code>wss://</code>, or <code>ws://</code> for a meeting host on your local network.
          </p>
          {error === undefined ? null : (
            <p id={errorId} className="error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-kind`}>Kind</label>
          <select
            id={`${ids}-kind`}
            value={kind}
            onChange={(event) => setKind(event.target.value === "meeting" ? "meeting" : "relay")}
          >
            <option value="relay">Relay of an organisation</option>
            <option value="meeting">Meeting host</option>
          </select>
        </div>
        <button type="submit" disabled={busy}>
          Add relay
        </button>
      </form>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
    </section>
  );
}
