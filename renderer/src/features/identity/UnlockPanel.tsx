import { useId, useState, type FormEvent } from "react";
import { useIdentity } from "./identity-context.js";
import { PassphraseFields } from "./PassphraseFields.js";
import { errorText } from "../../shared/ui/error-text.js";

/** Unlocking the identity with its passphrase. A wrong passphrase changes nothing and says so. */
export function UnlockPanel({ name }: { readonly name: string }) {
  const identity = useIdentity();
  const ids = useId();
  const [passphrase, setPassphrase] = useState("");
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  async function unlock(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (passphrase === "") return setError("Enter your passphrase.");
    setError(undefined);
    setProgress(0);
    try {
      let shown = 0;
      const result = await identity.unlock(passphrase, (fraction) => {
        if (fraction - shown >= 0.02 || fraction === 1) setProgress((shown = fraction));
      });
      if (result.type === "wrong-passphrase") setError("That passphrase is not the one this identity was locked with. Nothing was changed; try again.");
      else setPassphrase("");
    } catch (problem) {
      setError(`Could not unlock: ${errorText(problem)}`);
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section className="unlock" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Unlock your identity</h2>
      <p>
        Your identity (<strong>{name}</strong>) is locked on this device. Enter your passphrase to sign and to see your organisations.
      </p>
      <form onSubmit={(event) => void unlock(event)} noValidate>
        <PassphraseFields
          ids={ids}
          passphrase={passphrase}
          onPassphrase={setPassphrase}
          error={error}
          progress={progress}
          progressLabel="Unlocking"
          submitLabel="Unlock"
        />
      </form>
    </section>
  );
}
