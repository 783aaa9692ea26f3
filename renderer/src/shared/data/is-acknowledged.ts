/**
 * Whether a relay has acknowledged a document's local state: every local head is among the
 * heads some relay last reported. Conservative by design: while a relay holds changes this
 * device has not received yet, its heads differ and the document counts as not yet shared
 * until sync brings them, which keeps the count from ever claiming a change reached a relay
 * that it has not.
 */
export function isAcknowledged(
  localHeads: readonly string[],
  acknowledged: Iterable<readonly string[]>,
): boolean {
  for (const remote of acknowledged) {
    const known = new Set(remote);
    if (localHeads.every((head) => known.has(head))) return true;
  }
  return false;
}
