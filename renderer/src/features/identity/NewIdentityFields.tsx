import { MAX_MEMBER_NAME_LENGTH } from "@chapterhouse/crdt/profiles";
import { useT } from "../../shared/i18n/use-t.js";
import { TextField } from "../../shared/ui/TextField.js";

/** The fields of a new identity on this device, by the suffix of their input's id. */
export type NewIdentityField = "name" | "pass" | "repeat";

/** A new identity's name and passphrase, as typed. */
export interface NewIdentityDetails {
  readonly name: string;
  readonly passphrase: string;
  readonly repeat: string;
}

/** Nothing typed yet. */
export const NO_DETAILS: NewIdentityDetails = { name: "", passphrase: "", repeat: "" };

/** The shortest passphrase a device accepts. */
const MIN_PASSPHRASE = 8;

/**
 * The first field of `details` to fix, with what to say — none for a name past its limit, whose
 * field says so itself — or undefined when all may go on. Never throws.
 */
export function newIdentityProblem(details: NewIdentityDetails): { readonly field: NewIdentityField; readonly key?: "create.nameEmpty" | "create.passphraseShort" | "create.passphrasesDiffer" } | undefined {
  if (details.name.trim() === "") return { field: "name", key: "create.nameEmpty" };
  if (details.name.length > MAX_MEMBER_NAME_LENGTH) return { field: "name" };
  if (details.passphrase.length < MIN_PASSPHRASE) return { field: "pass", key: "create.passphraseShort" };
  if (details.passphrase !== details.repeat) return { field: "repeat", key: "create.passphrasesDiffer" };
  return undefined;
}

export interface NewIdentityFieldsProps {
  /** The prefix of the inputs' ids: `${ids}-name`, `${ids}-pass`, `${ids}-repeat`. */
  readonly ids: string;
  readonly details: NewIdentityDetails;
  readonly onChange: (details: NewIdentityDetails) => void;
  /** The field refused, and what is wrong with it. */
  readonly problem: { readonly field: string; readonly text: string } | undefined;
  readonly passphraseLabel: string;
  readonly passphraseHelp?: string;
  readonly isDisabled: boolean;
}

/** The name the other members see and the passphrase that locks the key here, typed twice: shared by creating and restoring. */
export function NewIdentityFields({ ids, details, onChange, problem, passphraseLabel, passphraseHelp, isDisabled }: NewIdentityFieldsProps) {
  const t = useT("identity");
  const fieldProblem = (field: NewIdentityField) => (problem?.field === field ? { errorMessage: problem.text } : {});
  return (
    <>
      <TextField
        id={`${ids}-name`}
        label={t("create.name")}
        description={t("create.nameHelp")}
        value={details.name}
        onChange={(name) => onChange({ ...details, name })}
        autoComplete="name"
        limit={MAX_MEMBER_NAME_LENGTH}
        isDisabled={isDisabled}
        {...fieldProblem("name")}
      />
      <TextField
        id={`${ids}-pass`}
        label={passphraseLabel}
        {...(passphraseHelp === undefined ? {} : { description: passphraseHelp })}
        type="password"
        value={details.passphrase}
        onChange={(passphrase) => onChange({ ...details, passphrase })}
        autoComplete="new-password"
        isDisabled={isDisabled}
        {...fieldProblem("pass")}
      />
      <TextField
        id={`${ids}-repeat`}
        label={t("create.repeat")}
        type="password"
        value={details.repeat}
        onChange={(repeat) => onChange({ ...details, repeat })}
        autoComplete="new-password"
        isDisabled={isDisabled}
        {...fieldProblem("repeat")}
      />
    </>
  );
}
