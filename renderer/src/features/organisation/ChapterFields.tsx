import { TextField } from "../../shared/ui/TextField.js";
import { AdmissionFields } from "./AdmissionFields.js";
import { PlaceFields } from "./PlaceFields.js";
import { CHAPTER_NAME_LIMIT, type ChapterFieldsState } from "./use-chapter-fields.js";

/** The fields of a new chapter (or organisation): its name, place and how people join. */
export function ChapterFields({ fields, nameLabel, disabled }: { readonly fields: ChapterFieldsState; readonly nameLabel: string; readonly disabled: boolean }) {
  const { problem } = fields;
  return (
    <>
      <TextField
        id={`${fields.idPrefix}-name`}
        label={nameLabel}
        value={fields.name}
        onChange={fields.setName}
        limit={CHAPTER_NAME_LIMIT}
        isDisabled={disabled}
        {...(problem?.field === "name" ? { errorMessage: problem.text } : {})}
      />
      <PlaceFields
        idPrefix={fields.idPrefix}
        latitude={fields.latitude}
        longitude={fields.longitude}
        onLatitude={fields.setLatitude}
        onLongitude={fields.setLongitude}
        problem={problem?.field === "latitude" || problem?.field === "longitude" ? { field: problem.field, text: problem.text } : undefined}
        disabled={disabled}
      />
      <AdmissionFields value={fields.admission} onChange={fields.setAdmission} disabled={disabled} />
    </>
  );
}
