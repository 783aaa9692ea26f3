/**
 * Which words of a new recovery phrase the member re-types to show they wrote it down. Pure:
 * the randomness is passed in (`Platform.randomBytes`).
 */

/** How many words are asked for. */
export const WORDS_TO_CONFIRM = 3;

/**
 * `count` distinct 0-based positions among `words`, ascending, drawn from `randomBytes`
 * (rejection sampling, so every position is equally likely).
 * @throws {RangeError} if `count` is more than `words`.
 */
export function pickConfirmPositions(words: number, randomBytes: (length: number) => Uint8Array, count = WORDS_TO_CONFIRM): number[] {
  if (count > words) throw new RangeError(`cannot pick ${count} of ${words} positions`);
  const chosen = new Set<number>();
  const limit = 256 - (256 % words);
  while (chosen.size < count) {
    for (const byte of randomBytes(16)) {
      if (byte < limit) chosen.add(byte % words);
      if (chosen.size === count) break;
    }
  }
  return [...chosen].sort((a, b) => a - b);
}

/**
 * The positions whose typed word differs from the phrase's (compared after trimming and
 * lower-casing, as K2.3 normalises typed phrases). Empty when all match. Never throws.
 */
export function wrongConfirmations(words: readonly string[], typed: ReadonlyMap<number, string>): number[] {
  return [...typed.entries()]
    .filter(([position, text]) => (words[position] ?? "") !== text.trim().toLowerCase().normalize("NFKD"))
    .map(([position]) => position)
    .sort((a, b) => a - b);
}
