/**
 * The bodies of the mutual-aid kinds (PROTOCOL.md AID2, AID3) and their one validator: offers and
 * requests with what, an approximate place, when and for whom; "met" with a thank-you. None throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { firstProblem, idProblem, intProblem, membersProblem, oneOfProblem, textProblem, type BodyObject } from "../proposals/field-checks.js";

/** What kind of help (AID2.1): the board's kind filter. */
export const AID_CATEGORIES = ["food", "housing", "transport", "care", "money", "skills", "things", "other"] as const;
export type AidCategory = (typeof AID_CATEGORIES)[number];
/** For whom (AID2.1): the members of the chapter, or the whole organisation. */
export const AID_AUDIENCES = ["chapter", "organisation"] as const;
export type AidAudience = (typeof AID_AUDIENCES)[number];

export const MAX_AID_TEXT = 500;
export const MAX_AID_WHEN = 200;
export const MAX_PLACE_NAME = 100;

/** An approximate place (AID2.2): a name and maybe a point in hundredths of a degree (about a kilometre), never finer. */
export interface AidPlace {
  readonly name: string;
  /** Latitude × 100, −9,000 … 9,000; null with `lon` when no point is given. */
  readonly lat: number | null;
  /** Longitude × 100, −18,000 … 18,000. */
  readonly lon: number | null;
}

/** `aid-offer` and `aid-request` (AID2). */
export interface AidPostBody {
  readonly kind: "aid-offer" | "aid-request";
  readonly chapter: ChapterId;
  readonly for: AidAudience;
  readonly category: AidCategory;
  readonly what: string;
  readonly place: AidPlace | null;
  readonly when: string;
}

/** `aid-met` (AID3): the author says their offer or request was met, with a thank-you. */
export interface AidMetBody {
  readonly kind: "aid-met";
  readonly chapter: ChapterId;
  readonly post: RecordId;
  readonly thanks: string;
}

export type AidBody = AidPostBody | AidMetBody;
export type AidKind = AidBody["kind"];

function placeProblem(value: CanonicalValue | undefined): string | undefined {
  if (value === null) return undefined;
  const shape = membersProblem(value ?? null, ["lat", "lon", "name"]);
  if (shape !== undefined) return `place: ${shape}`;
  const { name, lat, lon } = value as BodyObject;
  const named = textProblem("place.name", name, 1, MAX_PLACE_NAME);
  if (named !== undefined || (lat === null && lon === null)) return named;
  return firstProblem(intProblem("place.lat", lat, -9_000, 9_000), intProblem("place.lon", lon, -18_000, 18_000));
}

function bodyProblem(kind: AidKind, body: CanonicalValue): string | undefined {
  if (kind === "aid-met") {
    const shape = membersProblem(body, ["chapter", "post", "thanks"]);
    if (shape !== undefined) return shape;
    const fields = body as BodyObject;
    return firstProblem(idProblem("chapter", fields["chapter"]), idProblem("post", fields["post"]), textProblem("thanks", fields["thanks"], 0, MAX_AID_TEXT));
  }
  const shape = membersProblem(body, ["chapter", "for", "category", "what", "place", "when"]);
  if (shape !== undefined) return shape;
  const fields = body as BodyObject;
  return firstProblem(
    idProblem("chapter", fields["chapter"]),
    oneOfProblem("for", fields["for"], AID_AUDIENCES),
    oneOfProblem("category", fields["category"], AID_CATEGORIES),
    textProblem("what", fields["what"], 1, MAX_AID_TEXT),
    placeProblem(fields["place"]),
    textProblem("when", fields["when"], 0, MAX_AID_WHEN),
  );
}

/** Parses the body of a mutual-aid record (AID2.1, AID3.1): the validator of each kind of aid/kinds.ts. Never throws. */
export function parseAidBody<K extends AidKind>(kind: K, body: CanonicalValue): BodyParse<Extract<AidBody, { readonly kind: K }>> {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as Extract<AidBody, { readonly kind: K }> };
}
