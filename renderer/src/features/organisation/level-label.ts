import type { Level } from "@chapterhouse/crdt/membership";

/** How each chapter level is named on screen. */
export const LEVEL_LABEL: Readonly<Record<Level, string>> = {
  international: "International",
  country: "Country",
  region: "Region",
  city: "City or town",
  neighbourhood: "Neighbourhood",
};
