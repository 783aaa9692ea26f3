import type { RefusedRecord } from "@chapterhouse/crdt";

/**
 * Records of the proposal this device refused, each with the rule that refused it (PROTOCOL.md P,
 * V2): shown folded, so a forged or misplaced record is visible without getting in the way.
 */
export function RefusedRecords({ refused }: { readonly refused: readonly RefusedRecord[] }) {
  if (refused.length === 0) return null;
  return (
    <details className="refused-records">
      <summary>
        {refused.length} {refused.length === 1 ? "record" : "records"} in this proposal's document{" "}
        {refused.length === 1 ? "was" : "were"} refused
      </summary>
      <ul aria-label="Refused records">
        {refused.map((record) => (
          <li key={record.id} data-record={record.id}>
            <strong>{record.kind}</strong> <code>{record.id.slice(0, 12)}…</code>: {record.status} —{" "}
            {record.detail}
          </li>
        ))}
      </ul>
    </details>
  );
}
