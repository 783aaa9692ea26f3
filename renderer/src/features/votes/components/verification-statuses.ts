/**
 * How the verification panel treats a record status of the report (PROTOCOL.md V9): the known
 * ones have words in the votes catalogue (`status.<status>`) and a tone; a status not listed here
 * is shown as its own words and treated as a problem: the panel never hides what it does not
 * understand.
 */
export type StatusTone = "ok" | "info" | "problem";

const KNOWN = {
  valid: "ok",
  counted: "ok",
  "invalid-signature": "problem",
  "non-canonical": "problem",
  "ineligible-signer": "problem",
  ineligible: "problem",
  "wrong-context": "problem",
  superseded: "info",
  "superseded-seq": "info",
  "conflicting-seq": "problem",
  conflicting: "problem",
  "not-counted": "problem",
  "after-finality": "problem",
  // A delegation past its end when the vote opened (DG2.5): a note, nothing wrong.
  expired: "info",
} as const satisfies Readonly<Record<string, StatusTone>>;

/** A status the catalogue has words for. */
export type KnownStatus = keyof typeof KNOWN;

/** Whether the catalogue has words for `status`. Never throws. */
export function isKnownStatus(status: string): status is KnownStatus {
  return Object.hasOwn(KNOWN, status);
}

/** "ok": counted as it should be; "info": normal, not an error (a ballot replaced by a later one); "problem": needs attention. Never throws. */
export function statusTone(status: string): StatusTone {
  return isKnownStatus(status) ? KNOWN[status] : "problem";
}

/** An unknown status in words: "some-new-status" → "Some new status". Never throws. */
export function statusAsWords(status: string): string {
  const words = status.replace(/[-_]+/g, " ").trim();
  return words.length === 0 ? status : words.charAt(0).toUpperCase() + words.slice(1);
}
