/**
 * The hash of what is voted on (PROTOCOL.md P3.2, P5.2): SHA-256 of the canonical JSON of
 * `{ options, text }`, unpadded base64url. Always computed from the records, never taken from input.
 */
import { canonicalize } from "../records/canonical.js";
import { hashText } from "../encoding/hash.js";
import type { AmendmentChange, VersionOption } from "./proposal-bodies.js";

/** The content a vote binds to: a version's text and options, or an amended one. */
export interface VotedContent {
  readonly text: string;
  readonly options: readonly VersionOption[];
}

/**
 * `textHash` of some content (P3.2): SHA-256 of canonical `{ options, text }`, options in their
 * listed order with exactly `{ id, label }` each.
 * @throws {CanonicalError} only if the content holds a lone surrogate (parsed bodies never do).
 */
export function contentHash(content: VotedContent): string {
  const options = content.options.map(({ id, label }) => ({ id, label }));
  return hashText(canonicalize({ options, text: content.text }));
}

/**
 * The content of a version with an amendment applied (P5.2): a text change replaces the text; an
 * option change appends the option. Never throws.
 */
export function amendedContent(version: VotedContent, change: AmendmentChange): VotedContent {
  return change.type === "text"
    ? { text: change.text, options: version.options }
    : { text: version.text, options: [...version.options, change.option] };
}
