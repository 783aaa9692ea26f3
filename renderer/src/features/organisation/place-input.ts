import type { Place } from "@chapterhouse/crdt/membership";

/** Why typed latitude and longitude are not a place. */
export type PlaceProblem = "one-missing" | "not-decimal" | "latitude-range" | "longitude-range";

/** What typed latitude and longitude say: nothing, a place, or why not and which of the two to fix. */
export type PlaceInput =
  | { readonly ok: true; readonly place: Place | null }
  | { readonly ok: false; readonly problem: PlaceProblem; readonly field: "latitude" | "longitude" };

/**
 * Reads a place typed in decimal degrees (e.g. "51.5074", "-0.1278") into integer microdegrees
 * (PROTOCOL.md M4.1). Both empty: no place. Never throws.
 */
export function readPlace(latitude: string, longitude: string): PlaceInput {
  const lat = latitude.trim();
  const lon = longitude.trim();
  if (lat === "" && lon === "") return { ok: true, place: null };
  if (lat === "" || lon === "") return { ok: false, problem: "one-missing", field: lat === "" ? "latitude" : "longitude" };
  const number = /^[+-]?\d{1,3}(\.\d{1,6})?$/;
  if (!number.test(lat) || !number.test(lon)) return { ok: false, problem: "not-decimal", field: number.test(lat) ? "longitude" : "latitude" };
  const micro = (text: string) => Math.round(Number(text) * 1_000_000);
  const place = { lat: micro(lat), lon: micro(lon) };
  if (Math.abs(place.lat) > 90_000_000) return { ok: false, problem: "latitude-range", field: "latitude" };
  if (Math.abs(place.lon) > 180_000_000) return { ok: false, problem: "longitude-range", field: "longitude" };
  return { ok: true, place };
}

/** A place in microdegrees as decimal degrees, e.g. "51.5074, -0.1278" (as typed, in any language). Never throws. */
export function formatPlace(place: Place): string {
  const degrees = (micro: number) => (micro / 1_000_000).toFixed(4);
  return `${degrees(place.lat)}, ${degrees(place.lon)}`;
}
