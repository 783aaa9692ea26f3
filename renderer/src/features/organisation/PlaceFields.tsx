import { useT } from "../../shared/i18n/use-t.js";
import { TextField } from "../../shared/ui/TextField.js";
import { Fieldset } from "../../shared/ui/Fieldset.js";
import { WorldMap } from "../../shared/ui/WorldMap.js";
import "./chapter.css";

/** Latitude and longitude in decimal degrees, picked on the map or typed, with what is wrong with one of them. */
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
  const lat = Number(latitude);
  const lon = Number(longitude);
  const picked = latitude.trim() !== "" && longitude.trim() !== "" && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
  return (
    <Fieldset legend={t("place.legend")} help={t("place.help")}>
      <div className="chapter-fields">
        <TextField id={`${idPrefix}-latitude`} label={t("place.latitude")} value={latitude} onChange={onLatitude} inputMode="decimal" isDisabled={disabled} {...invalid("latitude")} />
        <TextField id={`${idPrefix}-longitude`} label={t("place.longitude")} value={longitude} onChange={onLongitude} inputMode="decimal" isDisabled={disabled} {...invalid("longitude")} />
      </div>
      {disabled ? null : (
        <WorldMap
          label={t("place.map")}
          picked={picked}
          onPick={(point) => {
            // Four decimals: about 11 m, as precise as a meeting place needs.
            onLatitude(point.lat.toFixed(4));
            onLongitude(point.lon.toFixed(4));
          }}
        />
      )}
    </Fieldset>
  );
}
