/** The outcome of judging one record under a rule of PROTOCOL.md M. */
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Authority, FoldState, Reliance } from "./fold-state.js";
import type { SmallOrderTest } from "./small-order.js";

/** Accepted (with what it relied on), or refused with a reason and a detail naming the rule. */
export type Verdict =
  | ({ readonly ok: true } & Reliance)
  | { readonly ok: false; readonly reason: "unauthorised" | "malformed"; readonly detail: string };

/** What every rule function receives. */
export interface RuleInput {
  readonly state: FoldState;
  readonly record: ParsedRecord;
  readonly isSmallOrderKey: SmallOrderTest;
}

/** What a record that counted nothing counted: one frozen list for all of them (100,000 admits in a large vote). */
const COUNTED_NOTHING: readonly Authority[] = Object.freeze([]);

/** An acceptance, with the signer's authority and, for an admit, what it counted (M8.4). Never throws. */
export function accept(
  authority: Authority | null = null,
  counted: readonly Authority[] = COUNTED_NOTHING,
  invite: RecordId | null = null,
): Verdict {
  return { ok: true, authority, counted, invite };
}

/** An "unauthorised" refusal whose detail starts with the rule id, e.g. `[M6.4] …`. Never throws. */
export function refuse(rule: string, text: string): Verdict {
  return { ok: false, reason: "unauthorised", detail: `[${rule}] ${text}` };
}
