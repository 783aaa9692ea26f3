/**
 * The great-circle distance between two points (the haversine formula on a sphere of the Earth's
 * mean radius): the map's nearest chapter and the aid board's distance filter (PROTOCOL.md AID5.3).
 * Pure; never throws.
 */

/** Mean radius of the Earth, in km (IUGG). */
const EARTH_KM = 6371.0088;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points in decimal degrees, in km. */
export function distanceKm(a: { readonly lat: number; readonly lon: number }, b: { readonly lat: number; readonly lon: number }): number {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
