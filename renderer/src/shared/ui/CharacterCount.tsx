import { formatCount } from "../i18n/format-number.js";

/**
 * A field's length against its limit, in UTF-16 code units as the protocol counts them (a title
 * is 1–200, PROTOCOL.md P2; a chapter's name 1–200, M4.1), after trimming as the record will be.
 * Shown under the field from the first character, so a member sees the limit coming; over it,
 * the field is refused with this sentence, never cut short.
 */
export function CharacterCount({
  id,
  value,
  limit,
}: {
  readonly id: string;
  readonly value: string;
  readonly limit: number;
}) {
  const over = overLimit(value, limit);
  return (
    <p id={id} className="help character-count" data-over={over > 0}>
      {over > 0
        ? `${formatCount(over)} ${over === 1 ? "character" : "characters"} too long: at most ${formatCount(limit)}.`
        : `${formatCount(value.trim().length)} of ${formatCount(limit)} characters`}
    </p>
  );
}

/** How many characters `value`, trimmed, has beyond `limit` (0 when within it). Never throws. */
export function overLimit(value: string, limit: number): number {
  return Math.max(0, value.trim().length - limit);
}

/** The sentence refusing a field over its limit, or undefined when it fits. Never throws. */
export function limitProblem(what: string, value: string, limit: number): string | undefined {
  const over = overLimit(value, limit);
  return over === 0
    ? undefined
    : `${what} is ${formatCount(over)} ${over === 1 ? "character" : "characters"} too long: at most ${formatCount(limit)}. Shorten it; nothing is cut.`;
}
