import { routePath } from "../../shared/routing/route-path.js";

/** One assembly of a chapter (PROTOCOL.md AS): `assembly` is its convening record's id (AS2). */
export const assemblyPath = routePath("/org/:organisation/chapter/:chapter/assembly/:assembly");

/** The same assembly for a second screen: read-only, large (the projector view). */
export const projectorPath = routePath("/org/:organisation/chapter/:chapter/assembly/:assembly/projector");

/** The same assembly's minutes (AS10): drafted, signed, downloaded and printed. */
export const minutesPath = routePath("/org/:organisation/chapter/:chapter/assembly/:assembly/minutes");
