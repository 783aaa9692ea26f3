/**
 * The resource records to sign (PROTOCOL.md RS1, RS7–RS9), each with the id its body names in
 * `deps` (RS1.1, RS7.1) and tags sorted without repeats (RS1.3). `deps` carry what the caller
 * cites besides: the signer's membership or moderator holding (RS4.2, RS7.2) and, for an edit,
 * the versions it replaces (RS7.3).
 */
import type { RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { ResourceBody } from "./resource-body.js";
import type { HideBody } from "../chat/chat-bodies.js";
import type { ResourceEditBody, ResourceRemoveBody } from "./resource-change-bodies.js";

const sortedTags = (tags: readonly string[]): string[] => [...new Set(tags)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** A `resource` (RS1). Never throws. */
export function resourceDraft(fields: BodyFields<ResourceBody>, deps?: Iterable<RecordId>): RecordDraft<"resource", BodyFields<ResourceBody>> {
  return { kind: "resource", body: { ...fields, tags: sortedTags(fields.tags) }, deps: withNamed(deps, fields.chapter) };
}

/** A `resource-edit` (RS7); `deps` should cite the versions it replaces (RS7.3). Never throws. */
export function resourceEditDraft(fields: BodyFields<ResourceEditBody>, deps?: Iterable<RecordId>): RecordDraft<"resource-edit", BodyFields<ResourceEditBody>> {
  return { kind: "resource-edit", body: { ...fields, tags: sortedTags(fields.tags) }, deps: withNamed(deps, fields.resource) };
}

/** A `resource-remove` (RS8). Never throws. */
export function resourceRemoveDraft(fields: BodyFields<ResourceRemoveBody>, deps?: Iterable<RecordId>): RecordDraft<"resource-remove", BodyFields<ResourceRemoveBody>> {
  return { kind: "resource-remove", body: fields, deps: withNamed(deps, fields.resource) };
}

/** A `resource-hide` (RS9): CH8's body, `scope` the chapter, `target` the resource; `deps` cite the moderator's holding and grant (CH8.1). Never throws. */
export function resourceHideDraft(fields: BodyFields<HideBody>, deps?: Iterable<RecordId>): RecordDraft<"resource-hide", BodyFields<HideBody>> {
  return { kind: "resource-hide", body: fields, deps: [...(deps ?? [])] };
}
