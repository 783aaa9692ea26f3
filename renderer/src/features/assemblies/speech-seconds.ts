/** Whole seconds from `since` (a speech's claimed start) to `now`, within AS6.3's bounds. Never throws. */
export function speechSeconds(since: number, now: number, most: number): number {
  return Math.min(most, Math.max(0, Math.floor((now - since) / 1_000)));
}

/** The seconds an ended speech took: at least 1, since 0 says the speaker was passed over (AS6.3). Never throws. */
export function spokenSeconds(since: number, now: number, most: number): number {
  return Math.max(1, speechSeconds(since, now, most));
}

/** `m:ss` of a number of seconds (a timer's face: digits only, the same in every language). */
export function clockFace(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
