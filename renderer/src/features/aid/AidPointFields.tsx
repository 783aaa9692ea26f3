import type { ReactNode } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Fieldset } from "../../shared/ui/Fieldset.js";
import { TextField } from "../../shared/ui/TextField.js";
import type { TypedPoint } from "./typed-point.js";

/** Latitude and longitude typed in decimal degrees, or filled by pressing the map given as `children`. */
export function AidPointFields({
  legend,
  help,
  value,
  onChange,
  problem,
  disabled = false,
  children,
}: {
  readonly legend: string;
  readonly help: string;
  readonly value: TypedPoint;
  readonly onChange: (value: TypedPoint) => void;
  readonly problem: string | undefined;
  readonly disabled?: boolean;
  readonly children?: ReactNode;
}) {
  const t = useT("aid");
  return (
    <Fieldset legend={legend} help={help}>
      <div className="aid-point-fields">
        <TextField label={t("point.lat")} value={value.lat} onChange={(lat) => onChange({ ...value, lat })} inputMode="decimal" isDisabled={disabled} />
        <TextField label={t("point.lon")} value={value.lon} onChange={(lon) => onChange({ ...value, lon })} inputMode="decimal" isDisabled={disabled} {...(problem === undefined ? {} : { errorMessage: problem })} />
      </div>
      {children}
    </Fieldset>
  );
}
