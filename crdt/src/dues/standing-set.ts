/**
 * Good standing as a condition of a vote's electorate (PROTOCOL.md DU8.1): the `standing-set`
 * record listing the ledger entries a vote takes, the open's `standing` member, and the builder
 * of the sets. Parsers never throw.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import { idListProblem, membersProblem, type BodyObject } from "../proposals/field-checks.js";
import { compareIds } from "../tally/compare-ids.js";

/** Most ids one `standing-set` lists (DU8.1): keeps it under R8. */
export const MAX_STANDING_IDS = 5000;
/** Most sets one open names (DU8.1). */
export const MAX_STANDING_SETS = 1024;

/** `standing-set` (DU8.1). */
export interface StandingSetBody {
  readonly kind: "standing-set";
  readonly ids: readonly RecordId[];
}

/** The open's `standing` member (DU8.1). */
export interface OpenStanding {
  readonly sets: readonly RecordId[];
}

/** Parses a `standing-set` body (DU8.1). Never throws. */
export function parseStandingSetBody(body: CanonicalValue): BodyParse<StandingSetBody> {
  const problem = membersProblem(body, ["ids"]) ?? idListProblem("ids", (body as BodyObject).ids, 1, MAX_STANDING_IDS);
  return problem === undefined ? { ok: true, body: { kind: "standing-set", ...(body as object) } as StandingSetBody } : { ok: false, problem };
}

/** Problem if `value` is not an open's `standing` member (DU8.1). Never throws. */
export function openStandingProblem(value: CanonicalValue | undefined): string | undefined {
  const shape = membersProblem(value ?? null, ["sets"]);
  return shape !== undefined ? `standing: ${shape}` : idListProblem("standing.sets", (value as BodyObject).sets, 0, MAX_STANDING_SETS);
}

/** The `standing-set` drafts (DU8.1, DU8.8) listing `ids`, sorted, at most MAX_STANDING_IDS each, citing `chapter`. */
export function standingSetDrafts(ids: Iterable<RecordId>, chapter: RecordId): RecordDraft<"standing-set", BodyFields<StandingSetBody>>[] {
  const sorted = [...new Set(ids)].sort(compareIds);
  const drafts: RecordDraft<"standing-set", BodyFields<StandingSetBody>>[] = [];
  for (let i = 0; i < sorted.length; i += MAX_STANDING_IDS) drafts.push({ kind: "standing-set", body: { ids: sorted.slice(i, i + MAX_STANDING_IDS) }, deps: withNamed([], chapter) });
  return drafts;
}
