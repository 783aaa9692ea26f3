/** Latitude and longitude in decimal degrees (a map to pick from comes later). */
export function PlaceFields({
  idPrefix,
  latitude,
  longitude,
  onLatitude,
  onLongitude,
  invalid,
  describedBy,
  disabled,
}: {
  readonly idPrefix: string;
  readonly latitude: string;
  readonly longitude: string;
  readonly onLatitude: (text: string) => void;
  readonly onLongitude: (text: string) => void;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly disabled: boolean;
}) {
  const help = `${idPrefix}-place-help`;
  const described = describedBy === undefined ? help : `${help} ${describedBy}`;
  return (
    <fieldset className="fieldset">
      <legend>Place (optional)</legend>
      <p id={help} className="help">
        Where the chapter meets, in decimal degrees, e.g. 51.5074 and -0.1278. Shown on the map of chapters.
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${idPrefix}-lat`}>Latitude</label>
          <input id={`${idPrefix}-lat`} value={latitude} onChange={(e) => onLatitude(e.target.value)} inputMode="decimal" aria-invalid={invalid ? true : undefined} aria-describedby={described} disabled={disabled} />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-lon`}>Longitude</label>
          <input id={`${idPrefix}-lon`} value={longitude} onChange={(e) => onLongitude(e.target.value)} inputMode="decimal" aria-invalid={invalid ? true : undefined} aria-describedby={described} disabled={disabled} />
        </div>
      </div>
    </fieldset>
  );
}
