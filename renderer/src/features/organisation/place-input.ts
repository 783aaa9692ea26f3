import type { Place } from "@chapterhouse/crdt/membership";

/** What typed latitude and longitude say: nothing, a place, or why not. */
export type PlaceInput = { readonly ok: true; readonly place: Place | null } | { readonly ok: false; readonly problem: string };

/**
 * Reads a place typed in decimal degrees (e.g. "51.5074", "-0.1278") into integer microdegrees
 * (PROTOCOL.md M4.1). Both empty: no place. Never throws.
 */
export function readPlace(latitude: string, longitude: string): PlaceInput {
  const lat = latitude.trim();
  const lon = longitude.trim();
  if (lat === "" && lon === "") return { ok: true, place: null };
  if (lat === "" || lon === "") return { ok: false, problem: "Give both latitude and longitude, or neither." };
  const number = /^[+-]?\d{1,3}(\.\d{1,6})?$/;
  if (!number.test(lat) || !number.test(lon)) {
    return { ok: false, problem: "Write latitude and longitude as decimal degrees, e.g. 51.5074 and -0.1278." };
  }
  const micro = (text: string) => Math.round(Number(text) * 1_000_000);
  const place = { lat: micro(lat), lon: micro(lon) };
  if (Math.abs(place.lat) > 90_000_000) return { ok: false, problem: "Latitude is between -90 and 90." };
  if (Math.abs(place.lon) > 180_000_000) return { ok: false, problem: "Longitude is between -180 and 180." };
  return { ok: true, place };
}

/** A place in microdegrees as decimal degrees, e.g. "51.5074, -0.1278". Never throws. */
export function formatPlace(place: Place): string {
  const degrees = (micro: number) => (micro / 1_000_000).toFixed(4);
  return `${degrees(place.lat)}, ${degrees(place.lon)}`;
}
