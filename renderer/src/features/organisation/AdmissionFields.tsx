import { MAX_SPONSORS, type AdmissionPolicy } from "@chapterhouse/crdt/membership";
import { useT } from "../../shared/i18n/use-t.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { NumberField } from "../../shared/ui/NumberField.js";
import { Fieldset } from "../../shared/ui/Fieldset.js";
import "./chapter.css";

/** How people join a new chapter (PROTOCOL.md M4.1, M6): fixed once the chapter exists. */
export function AdmissionFields({
  value,
  onChange,
  disabled,
}: {
  readonly value: AdmissionPolicy;
  readonly onChange: (value: AdmissionPolicy) => void;
  readonly disabled: boolean;
}) {
  const t = useT("organisation");
  return (
    <Fieldset legend={t("admissionFields.legend")} help={t("admissionFields.help")}>
      <NumberField
        label={t("admissionFields.sponsors")}
        description={t("admissionFields.sponsorsHelp")}
        value={value.sponsors}
        minValue={0}
        maxValue={MAX_SPONSORS}
        step={1}
        onChange={(sponsors) => onChange({ ...value, sponsors: Number.isNaN(sponsors) ? 0 : sponsors })}
        isDisabled={disabled}
      />
      <Checkbox isSelected={value.countersign} onChange={(countersign) => onChange({ ...value, countersign })} isDisabled={disabled}>
        {t("admissionFields.approval")}
      </Checkbox>
    </Fieldset>
  );
}
