import { useId, useState, type FormEvent } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useIdentity } from "./identity-context.js";
import { ProgressBar } from "./ProgressBar.js";
import { errorText } from "../../shared/ui/error-text.js";
import { parseRelayUrl, RelayUrlError, type RelayUrl } from "../../shared/data/relay-url.js";
import { continueAfterIdentity } from "./pending-join.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";
import { CharacterCount, limitProblem } from "../../shared/ui/CharacterCount.js";
import { MAX_MEMBER_NAME_LENGTH } from "@chapterhouse/crdt";

/**
 * Restoring an identity from its recovery phrase: the same key, a new passphrase for this
 * device, and a relay through which the member's Home document brings back their
 * organisations and chapters.
 */
export function RestoreIdentityScreen() {
  const { relays, platform, db } = useAppData();
  const identity = useIdentity();
  const ids = useId();
  const [name, setName] = useState("");
  const [phrase, setPhrase] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [repeat, setRepeat] = useState("");
  const [relay, setRelay] = useState("");
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [error, setError] = useState<{ field: "phrase" | "relay" | "other"; text: string } | undefined>(undefined);

  async function restore(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (name.trim() === "") return setError({ field: "other", text: "Enter the name other members will see." });
    const tooLong = limitProblem("Your name", name, MAX_MEMBER_NAME_LENGTH);
    if (tooLong !== undefined) return setError({ field: "other", text: tooLong });
    if (passphrase.length < 8) return setError({ field: "other", text: "Choose a passphrase of at least 8 characters." });
    if (passphrase !== repeat) return setError({ field: "other", text: "The two passphrases differ. Type the same passphrase twice." });
    let relayUrl: RelayUrl | undefined;
    if (relay.trim() !== "") {
      try {
        relayUrl = parseRelayUrl(relay, platform.pageProtocol);
      } catch (problem) {
        return setError({ field: "relay", text: problem instanceof RelayUrlError ? problem.message : errorText(problem) });
      }
    }
    setError(undefined);
    setProgress(0);
    try {
      let shown = 0;
      const result = await identity.create({
        name,
        passphrase,
        phrase,
        onProgress: (fraction) => {
          if (fraction - shown >= 0.02 || fraction === 1) setProgress((shown = fraction));
        },
      });
      if (result.type === "invalid-phrase") {
        setProgress(undefined);
        return setError({ field: "phrase", text: `That is not a valid recovery phrase: ${result.problem}.` });
      }
      if (relayUrl !== undefined) await relays.addRelay(relayUrl);
      await continueAfterIdentity(db);
    } catch (problem) {
      setProgress(undefined);
      setError({ field: "other", text: `Could not restore your identity: ${errorText(problem)}` });
    }
  }

  const busy = progress !== undefined;
  const errorId = `${ids}-error`;
  const describe = (field: "phrase" | "relay", help: string) => (error?.field === field ? `${help} ${errorId}` : help);
  return (
    <div className="identity-restore">
      <ScreenHeading>Restore from a recovery phrase</ScreenHeading>
      <form onSubmit={(event) => void restore(event)} noValidate>
        <p className="lede">Type your 12 words to bring back the same identity on this device.</p>
        <div className="field">
          <label htmlFor={`${ids}-phrase`}>Recovery phrase</label>
          <textarea
            id={`${ids}-phrase`}
            value={phrase}
            onChange={(e) => setPhrase(e.target.value)}
            rows={3}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={error?.field === "phrase" ? true : undefined}
            aria-describedby={describe("phrase", `${ids}-phrase-help`)}
            disabled={busy}
          />
          <p id={`${ids}-phrase-help`} className="help">
            The 12 words in order, separated by spaces.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-name`}>Your name</label>
          <input id={`${ids}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" aria-describedby={`${ids}-name-count`} disabled={busy} />
            <CharacterCount id={`${ids}-name-count`} value={name} limit={MAX_MEMBER_NAME_LENGTH} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-pass`}>New passphrase for this device</label>
          <input id={`${ids}-pass`} type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" disabled={busy} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-repeat`}>Passphrase again</label>
          <input id={`${ids}-repeat`} type="password" value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" disabled={busy} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-relay`}>Relay address (optional)</label>
          <input
            id={`${ids}-relay`}
            value={relay}
            onChange={(e) => setRelay(e.target.value)}
            placeholder="wss://relay.example.org"
            inputMode="url"
            aria-invalid={error?.field === "relay" ? true : undefined}
            aria-describedby={describe("relay", `${ids}-relay-help`)}
            disabled={busy}
          />
          <p id={`${ids}-relay-help`} className="help">
            Your organisations and chapters come back through a relay. Leave it empty if this device already has one in Settings.
          </p>
        </div>
        {error === undefined ? null : (
          <p id={errorId} className="error" role="alert">
            {error.text}
          </p>
        )}
        {busy ? (
          <ProgressBar label="Locking your key with your passphrase" fraction={progress} />
        ) : (
          <div className="actions">
            <button type="submit">Restore identity</button>
          </div>
        )}
      </form>
    </div>
  );
}
