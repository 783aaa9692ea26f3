import { useT } from "../../shared/i18n/use-t.js";
import { TextField } from "../../shared/ui/TextField.js";
import { Fieldset } from "../../shared/ui/Fieldset.js";
import "./chapter.css";

/** Latitude and longitude in decimal degrees (a map to pick from comes later), with what is wrong with one of them. */
export function PlaceFields({
  idPrefix,
  latitude,
  longitude,
  onLatitude,
  onLongitude,
  problem,
  disabled,
}: {
  /** Prefix of the inputs' ids: `-latitude`, `-longitude` (for focusField). */
  readonly idPrefix: string;
  readonly latitude: string;
  readonly longitude: string;
  readonly onLatitude: (text: string) => void;
  readonly onLongitude: (text: string) => void;
  readonly problem: { readonly field: "latitude" | "longitude"; readonly text: string } | undefined;
  readonly disabled: boolean;
}) {
  const t = useT("organisation");
  const invalid = (field: "latitude" | "longitude") => (problem?.field === field ? { errorMessage: problem.text } : {});
  return (
    <Fieldset legend={t("place.legend")} help={t("place.help")}>
      <div className="chapter-fields">
        <TextField id={`${idPrefix}-latitude`} label={t("place.latitude")} value={latitude} onChange={onLatitude} inputMode="decimal" isDisabled={disabled} {...invalid("latitude")} />
        <TextField id={`${idPrefix}-longitude`} label={t("place.longitude")} value={longitude} onChange={onLongitude} inputMode="decimal" isDisabled={disabled} {...invalid("longitude")} />
      </div>
    </Fieldset>
  );
}
