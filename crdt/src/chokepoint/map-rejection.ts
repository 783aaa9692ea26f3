import type { Rejection } from "../records/rejection.js";

/** A rejection with the record map it was found in (PROTOCOL.md D3). */
export interface MapRejection extends Rejection {
  readonly map: string;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order rejections are reported in (D3.7): by map, key, id, reason, then detail. */
export function compareRejections(a: MapRejection, b: MapRejection): number {
  return (
    compare(a.map, b.map) ||
    compare(a.key, b.key) ||
    compare(a.id ?? "", b.id ?? "") ||
    compare(a.reason, b.reason) ||
    compare(a.detail, b.detail)
  );
}
