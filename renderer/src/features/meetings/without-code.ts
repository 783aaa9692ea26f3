/**
 * A failure's sentence without the bridge's leading error code (`"meeting-failed: the relay…"`
 * → `"the relay…"`, DesktopApi convention), capitalised, for the member. Never throws.
 */
export function withoutCode(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const stripped = text.replace(/^[a-z]+(?:-[a-z]+)*: /, "");
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}
