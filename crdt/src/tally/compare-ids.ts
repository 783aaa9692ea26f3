/**
 * Orders ids by their UTF-16 code units, the order canonical JSON uses for member names
 * (PROTOCOL.md R1.1), so every device sorts the same way whatever its locale (T16).
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
