import { useId, useState, type FormEvent } from "react";
import { useIdentity } from "./identity-context.js";
import { PassphraseFields } from "./PassphraseFields.js";
import { errorText } from "../../shared/ui/error-text.js";
import { PhraseWords } from "./PhraseWords.js";
import { IdentityGate } from "./IdentityGate.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";

/** Your identity: name and key, and the recovery phrase again after the passphrase (Lock is in the header, on every page). */
export function IdentityScreen() {
  const identity = useIdentity();
  const space = useObservable(identity.space);
  const ids = useId();
  const [passphrase, setPassphrase] = useState("");
  const [phrase, setPhrase] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  async function reveal(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (passphrase === "") return setError("Enter your passphrase.");
    setError(undefined);
    setProgress(0);
    try {
      let shown = 0;
      const result = await identity.revealPhrase(passphrase, (fraction) => {
        if (fraction - shown >= 0.02 || fraction === 1) setProgress((shown = fraction));
      });
      if (result.type === "wrong-passphrase") setError("That passphrase is not this identity's. Try again.");
      else setPhrase(result.phrase);
      setPassphrase("");
    } catch (problem) {
      setError(errorText(problem));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <IdentityGate space={space} title="Your identity">
      {(space) => (
        <div className="identity">
          <ScreenHeading>Your identity</ScreenHeading>
          <dl className="facts">
            <dt>Name</dt>
            <dd>{space.member.name}</dd>
            <dt>Public key</dt>
            <dd>
              <code className="key" data-testid="member-key">
                {space.member.key}
              </code>
            </dd>
          </dl>
          <section aria-labelledby={`${ids}-phrase-heading`}>
            <h2 id={`${ids}-phrase-heading`}>Recovery phrase</h2>
            {phrase === undefined ? (
              <form onSubmit={(event) => void reveal(event)} noValidate>
                <p>Show your 12 words again, e.g. to write them down once more. Make sure nobody is looking.</p>
                <PassphraseFields
                  ids={ids}
                  passphrase={passphrase}
                  onPassphrase={setPassphrase}
                  error={error}
                  progress={progress}
                  progressLabel="Opening your vault"
                  submitLabel="Show recovery phrase"
                />
              </form>
            ) : (
              <>
                <PhraseWords phrase={phrase} label="Recovery phrase" />
                <div className="actions">
                  <button type="button" onClick={() => setPhrase(undefined)}>
                    Hide recovery phrase
                  </button>
                </div>
              </>
            )}
          </section>
        </div>
      )}
    </IdentityGate>
  );
}
