/**
 * The current records to sign (PROTOCOL.md CU3, CU4), one builder per kind: each writes exactly
 * the members its kind lists, with the ids its body names in `deps` (CU2.3) beside what the caller
 * cites (the signer's grant, CU2.4). A current's posts are chat `message` records (CH4) built by
 * chat's `messageDraft` with the current's id as scope (CU5).
 */
import type { ChapterId, RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { CurrentBody, CurrentMembershipBody } from "./current-bodies.js";

/** A `current` (CU3): its id is the current's id. Never throws. */
export function currentDraft(fields: { readonly root: ChapterId; readonly name: string; readonly statement: string }, deps?: Iterable<RecordId>): RecordDraft<"current", BodyFields<CurrentBody>> {
  return { kind: "current", body: { root: fields.root, name: fields.name, statement: fields.statement }, deps: withNamed(deps, fields.root) };
}

/** A `current-join` or `current-leave` (CU4) of the signer. Never throws. */
export function currentMembershipDraft<K extends CurrentMembershipBody["kind"]>(
  kind: K,
  fields: { readonly root: ChapterId; readonly current: RecordId },
  deps?: Iterable<RecordId>,
): RecordDraft<K, BodyFields<CurrentMembershipBody>> {
  return { kind, body: { root: fields.root, current: fields.current }, deps: withNamed(deps, fields.root, fields.current) };
}
