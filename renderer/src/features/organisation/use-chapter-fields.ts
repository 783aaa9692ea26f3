import type { AdmissionPolicy, Place } from "@chapterhouse/crdt/membership";
import { useId, useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { focusField } from "../../shared/ui/focus-field.js";
import { readPlace } from "./place-input.js";

/** A chapter's name is 1–200 characters (PROTOCOL.md M4.1). */
export const CHAPTER_NAME_LIMIT = 200;

/** What a new chapter (or organisation) is given: its name, place and admission policy. */
export interface ChapterFieldValues {
  readonly name: string;
  readonly place: Place | null;
  readonly admission: AdmissionPolicy;
}

/** A field's problem: which field, and what to say. */
export type ChapterFieldProblem = { readonly field: "name" | "latitude" | "longitude"; readonly text: string };

/**
 * The state of the fields that found a chapter or start an organisation, and their check:
 * `check()` gives the values, or says what is wrong on the field concerned and moves focus there.
 */
export function useChapterFields() {
  const t = useT("organisation");
  const idPrefix = useId();
  const [name, setName] = useState("");
  const [latitude, setLatitude] = useState("");
  const [longitude, setLongitude] = useState("");
  const [admission, setAdmission] = useState<AdmissionPolicy>({ sponsors: 1, countersign: false });
  const [problem, setProblem] = useState<ChapterFieldProblem | undefined>(undefined);
  const edited = (set: (value: string) => void) => (value: string) => {
    set(value);
    setProblem(undefined);
  };
  const refuse = (found: ChapterFieldProblem): undefined => {
    setProblem(found);
    focusField(`${idPrefix}-${found.field}`);
    return undefined;
  };
  return {
    idPrefix,
    name,
    setName: edited(setName),
    latitude,
    setLatitude: edited(setLatitude),
    longitude,
    setLongitude: edited(setLongitude),
    admission,
    setAdmission,
    problem,
    /** The values, or undefined after saying what is wrong. */
    check(): ChapterFieldValues | undefined {
      if (name.trim() === "") return refuse({ field: "name", text: t("chapterFields.nameEmpty") });
      if (name.length > CHAPTER_NAME_LIMIT) return void focusField(`${idPrefix}-name`);
      const place = readPlace(latitude, longitude);
      if (!place.ok) return refuse({ field: place.field, text: t(`place.problem.${place.problem}`) });
      setProblem(undefined);
      return { name: name.trim(), place: place.place, admission };
    },
  };
}

/** The fields' state and check, as useChapterFields gives them. */
export type ChapterFieldsState = ReturnType<typeof useChapterFields>;
