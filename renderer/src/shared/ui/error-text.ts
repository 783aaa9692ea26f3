/** The sentence to show for a failure: an Error's message, else its text. Never throws. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
