/**
 * The `resource` record to sign (PROTOCOL.md RS1), with the chapter it names in `deps` (RS1.1)
 * and its tags sorted without repeats (RS1.3).
 * `deps` carry what the caller cites besides: the author's membership of the chapter (RS4.2).
 */
import type { RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { ResourceBody } from "./resource-body.js";

/** A `resource` (RS1). Never throws. */
export function resourceDraft(fields: BodyFields<ResourceBody>, deps?: Iterable<RecordId>): RecordDraft<"resource", BodyFields<ResourceBody>> {
  const tags = [...new Set(fields.tags)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { kind: "resource", body: { ...fields, tags }, deps: withNamed(deps, fields.chapter) };
}
