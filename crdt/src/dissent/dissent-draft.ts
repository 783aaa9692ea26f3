/**
 * The dissent to sign (PROTOCOL.md DS1): its body, with its chapter in `deps` beside the signer's
 * grant the caller cites (DS1.4). The decision it names is not in `deps` (DS1.2): a decision's own
 * causal past is in its Proposal document, which the decisions log does not read.
 */
import type { ChapterId, RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { DissentBody } from "./dissent-body.js";

/** A `dissent` (DS1). Never throws. */
export function dissentDraft(fields: { readonly chapter: ChapterId; readonly decision: RecordId; readonly text: string }, deps?: Iterable<RecordId>): RecordDraft<"dissent", BodyFields<DissentBody>> {
  return { kind: "dissent", body: { chapter: fields.chapter, decision: fields.decision, text: fields.text }, deps: withNamed(deps, fields.chapter) };
}
