/**
 * How the verification panel words a record status of the report (the lead's design for V). A
 * status not listed here is shown as its own words and treated as a problem: the panel never
 * hides what it does not understand.
 */
export interface StatusWording {
  readonly label: string;
  /** "ok": counted as it should be; "info": normal, not an error (a ballot replaced by a later one); "problem": needs attention. */
  readonly tone: "ok" | "info" | "problem";
}

const KNOWN: Readonly<Record<string, StatusWording>> = {
  valid: { label: "Valid", tone: "ok" },
  counted: { label: "Valid and counted", tone: "ok" },
  "invalid-signature": { label: "Invalid signature", tone: "problem" },
  "non-canonical": { label: "Not in canonical form", tone: "problem" },
  "ineligible-signer": { label: "Signer not in the electorate", tone: "problem" },
  ineligible: { label: "Signer not in the electorate", tone: "problem" },
  "wrong-context": { label: "Cast for another vote or text", tone: "problem" },
  superseded: { label: "Replaced by a later ballot", tone: "info" },
  "superseded-seq": { label: "Replaced by a later ballot", tone: "info" },
  "conflicting-seq": { label: "Conflicting ballots from one member", tone: "problem" },
  conflicting: { label: "Conflicting ballots from one member", tone: "problem" },
  "not-counted": { label: "Valid, not counted by the close", tone: "problem" },
  "after-finality": { label: "After the finality time", tone: "problem" },
};

/** The wording and tone of a status. Never throws. */
export function statusWording(status: string): StatusWording {
  const known = KNOWN[status];
  if (known !== undefined) return known;
  const words = status.replace(/[-_]+/g, " ").trim();
  return { label: words.length === 0 ? "Unknown status" : words.charAt(0).toUpperCase() + words.slice(1), tone: "problem" };
}
