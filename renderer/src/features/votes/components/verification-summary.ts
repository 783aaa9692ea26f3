import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";

/**
 * What the verification panel shows: a small, generic summary of the vote's verification
 * report. A thin adapter fills it from the core's report (crdt/src/report, being written);
 * statuses are the report's own words, so new ones show without a change here.
 */
export interface VerificationSummary {
  /** Ballots whose signature, signer and context verified on this device. */
  readonly ballotsVerified: number;
  /** How many records have each status, e.g. { valid: 40, "not-counted": 1 }. */
  readonly counts: Readonly<Record<string, number>>;
  /** Records that are not simply valid and counted, each with the reason the report gives. */
  readonly records: readonly VerificationEntry[];
  /** Electorate entries this device can't confirm (it lacks records they rest on). */
  readonly unconfirmedElectorate: number;
  /** Whether the recomputed tally equals the sealed one; null while nothing is sealed. */
  readonly sealedMatches: boolean | null;
  /** Opens or closes that are contested (concurrent, none superseding the others). */
  readonly contested: readonly ContestedEntry[];
}

/** One record the report singles out. */
export interface VerificationEntry {
  readonly recordId: RecordId;
  /** The report's status, e.g. "invalid-signature", "ineligible-signer", "conflicting-seq", "not-counted". */
  readonly status: string;
  /** Why, in words. */
  readonly reason: string;
  /** The signer, when the record names one. */
  readonly member?: MemberKey;
}

/** A contested open or close; the panel says what settles it. */
export interface ContestedEntry {
  /** What is contested: the opens or the closes of the vote. */
  readonly kind: "open" | "close";
  readonly recordIds: readonly RecordId[];
}
