/**
 * What a verification says about one record (PROTOCOL.md V9.2): its status and a detail that
 * begins with the rule id in brackets, e.g. `[V4.4] the signer is not in the electorate`.
 */

/** Every status a record can have in a vote's verification report, in the order V9.2 lists them. */
export const RECORD_STATUSES = Object.freeze([
  "valid",
  "invalid-signature",
  "non-canonical",
  "malformed",
  "missing-deps",
  "ineligible-signer",
  "wrong-context",
  "too-early",
  "after-finality",
  "superseded-seq",
  "conflicting-seq",
  "not-counted",
  "invalid-close",
  "wrong-result",
  "superseded",
  "contested",
  "expired",
] as const);

/** One record status (V9.2). */
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** A status with the detail explaining it (empty for `valid`). */
export interface Verdict {
  readonly status: RecordStatus;
  readonly detail: string;
}

/** The verdict of a record that passed every rule. */
export const VALID: Verdict = Object.freeze({ status: "valid", detail: "" });

/** A verdict whose detail starts with `[rule]`. Never throws. */
export function verdict(status: RecordStatus, rule: string, text: string): Verdict {
  return { status, detail: `[${rule}] ${text}` };
}
