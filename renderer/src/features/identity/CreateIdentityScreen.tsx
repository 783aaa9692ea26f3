import { useId, useState, type FormEvent } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useIdentity } from "./identity-context.js";
import { ProgressBar } from "./ProgressBar.js";
import { errorText } from "../../shared/ui/error-text.js";
import { pickConfirmPositions, wrongConfirmations } from "./confirm-words.js";
import { continueAfterIdentity } from "./pending-join.js";
import { PhraseWords } from "./PhraseWords.js";
import { ScreenHeading } from "../../shared/ui/ScreenHeading.js";
import { CharacterCount, limitProblem } from "../../shared/ui/CharacterCount.js";
import { MAX_MEMBER_NAME_LENGTH } from "@chapterhouse/crdt";

type Step =
  | { readonly type: "details" }
  | { readonly type: "sealing"; readonly fraction: number }
  | { readonly type: "phrase"; readonly phrase: string }
  | { readonly type: "confirm"; readonly phrase: string; readonly positions: readonly number[] };

/**
 * Creating an identity: a name and a passphrase (the vault is sealed under it, with progress
 * while scrypt runs), then the recovery phrase shown once, then three of its words re-typed.
 */
export function CreateIdentityScreen() {
  const { platform, db } = useAppData();
  const identity = useIdentity();
  const ids = useId();
  const [step, setStep] = useState<Step>({ type: "details" });
  const [name, setName] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [repeat, setRepeat] = useState("");
  const [typed, setTyped] = useState<ReadonlyMap<number, string>>(new Map());
  const [error, setError] = useState<string | undefined>(undefined);
  const [wrong, setWrong] = useState<readonly number[]>([]);

  async function create(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (name.trim() === "") return setError("Enter the name other members will see.");
    const tooLong = limitProblem("Your name", name, MAX_MEMBER_NAME_LENGTH);
    if (tooLong !== undefined) return setError(tooLong);
    if (passphrase.length < 8) return setError("Choose a passphrase of at least 8 characters.");
    if (passphrase !== repeat) return setError("The two passphrases differ. Type the same passphrase twice.");
    setError(undefined);
    setStep({ type: "sealing", fraction: 0 });
    try {
      let shown = 0;
      const result = await identity.create({
        name,
        passphrase,
        onProgress: (fraction) => {
          if (fraction - shown >= 0.02 || fraction === 1) {
            shown = fraction;
            setStep({ type: "sealing", fraction });
          }
        },
      });
      if (result.type !== "created") throw new Error(result.problem);
      setPassphrase("");
      setRepeat("");
      setStep({ type: "phrase", phrase: result.phrase });
    } catch (problem) {
      setError(`Could not create your identity: ${errorText(problem)}`);
      setStep({ type: "details" });
    }
  }

  function confirm(event: FormEvent<HTMLFormElement>, phrase: string): void {
    event.preventDefault();
    const mistakes = wrongConfirmations(phrase.split(" "), typed);
    setWrong(mistakes);
    if (mistakes.length > 0) {
      setError(`Word${mistakes.length > 1 ? "s" : ""} ${mistakes.map((p) => p + 1).join(", ")} ${mistakes.length > 1 ? "do" : "does"} not match. Check what you wrote down.`);
      return;
    }
    setError(undefined);
    continueAfterIdentity(db).catch((problem: unknown) => setError(errorText(problem)));
  }

  const errorId = `${ids}-error`;
  const errorLine =
    error === undefined ? null : (
      <p id={errorId} className="error" role="alert">
        {error}
      </p>
    );

  return (
    <div className="identity-create">
      <ScreenHeading>Create your identity</ScreenHeading>
      {step.type === "details" || step.type === "sealing" ? (
        <form onSubmit={(event) => void create(event)} noValidate aria-describedby={error === undefined ? undefined : errorId}>
          <p className="lede">Your identity is a signing key made on this device. Other members see your name next to what you sign.</p>
          <div className="field">
            <label htmlFor={`${ids}-name`}>Your name</label>
            <input id={`${ids}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" aria-describedby={`${ids}-name-count`} disabled={step.type === "sealing"} />
            <CharacterCount id={`${ids}-name-count`} value={name} limit={MAX_MEMBER_NAME_LENGTH} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-pass`}>Passphrase for this device</label>
            <input id={`${ids}-pass`} type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" aria-describedby={`${ids}-pass-help`} disabled={step.type === "sealing"} />
            <p id={`${ids}-pass-help`} className="help">
              It locks your key on this device. At least 8 characters; a few unrelated words are easy to remember and hard to guess.
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-repeat`}>Passphrase again</label>
            <input id={`${ids}-repeat`} type="password" value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" disabled={step.type === "sealing"} />
          </div>
          {errorLine}
          {step.type === "sealing" ? (
            <ProgressBar label="Locking your key with your passphrase" fraction={step.fraction} />
          ) : (
            <div className="actions">
              <button type="submit">Create identity</button>
            </div>
          )}
        </form>
      ) : step.type === "phrase" ? (
        <section aria-labelledby={`${ids}-phrase-heading`}>
          <h2 id={`${ids}-phrase-heading`}>Your recovery phrase</h2>
          <div className="notice" role="note">
            <p>
              <strong>Write these 12 words down, in order, on paper.</strong> They are the only way to get your identity back on
              another device or if this one is lost. Anyone who has them can act as you. They are shown once; you can show them
              again later with your passphrase.
            </p>
          </div>
          <PhraseWords phrase={step.phrase} label="Recovery phrase" />
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setTyped(new Map());
                setStep({ type: "confirm", phrase: step.phrase, positions: pickConfirmPositions(12, (n) => platform.randomBytes(n)) });
              }}
            >
              I have written them down
            </button>
          </div>
        </section>
      ) : (
        <form onSubmit={(event) => confirm(event, step.phrase)} noValidate>
          <h2>Check your recovery phrase</h2>
          <p>Type these words from what you wrote down.</p>
          {step.positions.map((position) => (
            <div className="field" key={position}>
              <label htmlFor={`${ids}-word-${position}`}>Word {position + 1}</label>
              <input
                id={`${ids}-word-${position}`}
                value={typed.get(position) ?? ""}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                aria-invalid={wrong.includes(position) ? true : undefined}
                onChange={(e) => setTyped(new Map(typed).set(position, e.target.value))}
              />
            </div>
          ))}
          {errorLine}
          <div className="actions">
            <button type="submit">Confirm</button>
            <button type="button" className="secondary" onClick={() => setStep({ type: "phrase", phrase: step.phrase })}>
              Show the words again
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
