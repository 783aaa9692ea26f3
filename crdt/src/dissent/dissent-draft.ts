/**
 * The dissent to sign (PROTOCOL.md DS1): its body, with its chapter in `deps` beside the signer's
 * grant the caller cites (DS1.4). The decision it names is not in `deps` (DS1.2): a decision's own
 * causal past is in its Proposal document, which the decisions log does not read.
 */
import type { ChapterId, RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { DissentBody } from "./dissent-body.js";

/**
 * A `dissent` (DS1), linked to the current `fields.current` when given (DS1.5: not in `deps`, as
 * the decision: the current is in the Currents document, which the decisions log does not read).
 * Never throws.
 */
export function dissentDraft(fields: { readonly chapter: ChapterId; readonly decision: RecordId; readonly text: string; readonly current?: RecordId }, deps?: Iterable<RecordId>): RecordDraft<"dissent", BodyFields<DissentBody>> {
  const body = { chapter: fields.chapter, decision: fields.decision, text: fields.text, ...(fields.current === undefined ? {} : { current: fields.current }) };
  return { kind: "dissent", body, deps: withNamed(deps, fields.chapter) };
}
