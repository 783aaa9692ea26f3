/**
 * Builders of the delegation records (PROTOCOL.md DG1), each with the ids its body names already
 * in `deps`: what the app hands to the vault and the simulation signs.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import { MAX_SET_IDS, type DeclineBody, type DelegateBody, type DelegationScope, type DelegationSetBody } from "./delegation-bodies.js";

/** The fields of a `delegate` (DG1.1). */
export interface DelegateFields {
  readonly scope: DelegationScope;
  readonly to: MemberKey | null;
  readonly seq: number;
  readonly expires?: number | null;
}

/** A `delegate` draft (DG1.1); `to: null` is "no delegation here". */
export function delegateDraft(fields: DelegateFields, deps?: Iterable<RecordId>): RecordDraft<"delegate", BodyFields<DelegateBody>> {
  const scope = "proposal" in fields.scope ? { proposal: fields.scope.proposal } : "topic" in fields.scope ? { chapter: fields.scope.chapter, topic: fields.scope.topic } : { chapter: fields.scope.chapter, subchapters: fields.scope.subchapters };
  const named = "proposal" in scope ? scope.proposal : scope.chapter;
  return { kind: "delegate", body: { scope, to: fields.to, seq: fields.seq, expires: fields.expires ?? null }, deps: withNamed(deps, named) };
}

/** A `decline` draft (DG1.2) of the delegation record `delegation`. */
export function declineDraft(delegation: RecordId, deps?: Iterable<RecordId>): RecordDraft<"decline", BodyFields<DeclineBody>> {
  return { kind: "decline", body: { delegation }, deps: withNamed(deps, delegation) };
}

/** The `delegation-set` drafts (DG1.3) listing `ids`, sorted, at most MAX_SET_IDS each. */
export function delegationSetDrafts(ids: Iterable<RecordId>, deps?: Iterable<RecordId>): RecordDraft<"delegation-set", BodyFields<DelegationSetBody>>[] {
  const sorted = [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const drafts: RecordDraft<"delegation-set", BodyFields<DelegationSetBody>>[] = [];
  for (let i = 0; i < sorted.length; i += MAX_SET_IDS) drafts.push({ kind: "delegation-set", body: { ids: sorted.slice(i, i + MAX_SET_IDS) }, deps: [...(deps ?? [])] });
  return drafts;
}
