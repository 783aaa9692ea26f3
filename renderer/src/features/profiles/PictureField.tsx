import { MAX_PICTURE_BYTES, type ProfilePictureRef } from "@chapterhouse/crdt/profiles";
import { useId, useState } from "react";
import { FileTrigger } from "react-aria-components/FileTrigger";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Avatar } from "../../shared/ui/Avatar.js";
import { Button } from "../../shared/ui/Button.js";
import { Problem } from "../../shared/ui/Problem.js";
import { dataUrl } from "../../shared/ui/data-url.js";
import { PictureProblem, readPictureFile, type FittedPicture } from "./read-picture-file.js";

/** The picture a profile names: as it is (a reference), newly chosen, or none. */
export type PictureChoice = ProfilePictureRef | FittedPicture | null;

/**
 * Choosing the profile's picture (PF2.2): the limit stated, the picture made smaller in the
 * browser to fit it, a clear problem when a file cannot be read.
 */
export function PictureField({ name, value, saved, onChange }: { readonly name: string; readonly value: PictureChoice; readonly saved: string | undefined; readonly onChange: (picture: PictureChoice) => void }) {
  const t = useT("profiles");
  const format = useFormat();
  const ids = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const limit = `${format.number(MAX_PICTURE_BYTES / 1024)} KB`;
  const chosen = value !== null && "bytes" in value ? value : undefined;
  const shown = chosen === undefined ? (value === null ? undefined : saved) : dataUrl(chosen.type, chosen.bytes);
  const choose = (files: FileList | null) => {
    const file = files?.[0];
    if (file === undefined) return;
    setBusy(true);
    setProblem(undefined);
    readPictureFile(file)
      .then(onChange)
      .catch((error: unknown) => setProblem(error instanceof PictureProblem && error.reason === "too-detailed" ? t("picture.tooDetailed", { limit }) : t("picture.unreadable")))
      .finally(() => setBusy(false));
  };
  return (
    <div role="group" aria-labelledby={`${ids}-label`} aria-describedby={`${ids}-description`}>
      <p id={`${ids}-label`} className="ui-FieldLabel">
        {t("picture.label")}
      </p>
      <p id={`${ids}-description`}>{t("picture.description", { limit })}</p>
      <div className="profile-picture-field">
        <Avatar name={name} size="large" {...(shown === undefined ? {} : { picture: shown })} />
        <FileTrigger acceptedFileTypes={["image/jpeg", "image/png", "image/webp"]} onSelect={choose}>
          <Button isPending={busy}>{t("picture.choose")}</Button>
        </FileTrigger>
        {value === null ? null : (
          <Button variant="quiet" onPress={() => onChange(null)}>
            {t("picture.remove")}
          </Button>
        )}
      </div>
      {busy ? <p aria-live="polite">{t("picture.preparing")}</p> : null}
      {chosen === undefined ? null : <p>{t("picture.chosen")}</p>}
      {problem === undefined ? null : <Problem>{problem}</Problem>}
    </div>
  );
}
