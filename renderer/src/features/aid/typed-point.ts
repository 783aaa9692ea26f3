import type { Degrees } from "@chapterhouse/crdt/aid";

/** Latitude and longitude as typed (or filled by pressing the map), in decimal degrees. */
export interface TypedPoint {
  readonly lat: string;
  readonly lon: string;
}

export const NO_TYPED_POINT: TypedPoint = { lat: "", lon: "" };

/**
 * The point typed: null when both are empty, "bad" when one is missing, is not a decimal number
 * (a comma is read as a decimal point) or is off the globe. Never throws.
 */
export function typedPoint(typed: TypedPoint): Degrees | null | "bad" {
  const lat = typed.lat.trim().replace(",", ".");
  const lon = typed.lon.trim().replace(",", ".");
  if (lat === "" && lon === "") return null;
  const decimal = /^[-+]?(\d+\.?\d*|\.\d+)$/;
  if (!decimal.test(lat) || !decimal.test(lon)) return "bad";
  const point = { lat: Number(lat), lon: Number(lon) };
  return Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180 ? point : "bad";
}

/** A point as the fields show it: four decimals (about 11 m), rounded again to hundredths when signed (AID2.3). */
export function typedOf(point: Degrees): TypedPoint {
  return { lat: point.lat.toFixed(4), lon: point.lon.toFixed(4) };
}
