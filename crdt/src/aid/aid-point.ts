/**
 * Snapping a picked point to the board's precision before it is signed (PROTOCOL.md AID2.3): the
 * precise point stays on the device; a post carries only the nearest hundredth of a degree.
 */
import type { AidPlace } from "./aid-bodies.js";

/** A point in decimal degrees. */
export interface Degrees {
  readonly lat: number;
  readonly lon: number;
}

/** AID2.3: one coordinate in hundredths of a degree, to the nearest, halves away from zero (so −0.125 and 0.125 snap alike). */
function hundredths(degrees: number): number {
  const snapped = Math.sign(degrees) * Math.round(Math.abs(degrees) * 100);
  // −0 is not a canonical integer (R1 writes it as 0 anyway); keep it plain.
  return snapped === 0 ? 0 : snapped;
}

/**
 * The place to sign for `name` at `point` (AID2.3): the point snapped to hundredths of a degree.
 * Undefined when the point is not on the globe.
 */
export function aidPlace(name: string, point: Degrees | null): AidPlace | undefined {
  if (point === null) return { name, lat: null, lon: null };
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon) || Math.abs(point.lat) > 90 || Math.abs(point.lon) > 180) return undefined;
  return { name, lat: hundredths(point.lat), lon: hundredths(point.lon) };
}

/** A post's point in decimal degrees (AID2.2), or null when it has none. */
export function aidPlaceDegrees(place: AidPlace | null): Degrees | null {
  return place === null || place.lat === null || place.lon === null ? null : { lat: place.lat / 100, lon: place.lon / 100 };
}
