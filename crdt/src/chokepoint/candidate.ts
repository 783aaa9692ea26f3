/**
 * What the chokepoint's first half finds in a document, as plain data (PROTOCOL.md D3): every
 * value at every key of every record map, each already turned into a plain string when it can
 * be one. Plain data survives `postMessage`/`structuredClone` unchanged, so a snapshot is what
 * crosses to a verification worker; the worker checks it with `readSnapshot`.
 */

/** One value found in a record map: its text, or a description of what it was instead. */
export type RecordCandidate =
  | { readonly key: string; readonly text: string }
  /** Not a string at all (a number, a list, a nested map…). Key "" is the map itself (D3.2). */
  | { readonly key: string; readonly foreign: string };

/** Every value found in one record map. */
export interface MapSnapshot {
  readonly map: string;
  readonly candidates: readonly RecordCandidate[];
}

/** Every value found in every record map of one document. */
export interface DocumentSnapshot {
  /** The document type's name (`DocumentType.name`). */
  readonly type: string;
  readonly maps: readonly MapSnapshot[];
}

function isRecordCandidate(value: unknown): value is RecordCandidate {
  if (typeof value !== "object" || value === null) return false;
  const c = value as Record<string, unknown>;
  if (typeof c["key"] !== "string") return false;
  const keys = Object.keys(c).sort().join(",");
  return (keys === "key,text" && typeof c["text"] === "string") || (keys === "foreign,key" && typeof c["foreign"] === "string");
}

/**
 * Guard for a snapshot received across a boundary (a worker message): true only if `value` has
 * exactly the shape of a DocumentSnapshot. Never throws.
 */
export function isDocumentSnapshot(value: unknown): value is DocumentSnapshot {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Record<string, unknown>;
  if (typeof s["type"] !== "string" || !Array.isArray(s["maps"])) return false;
  return (s["maps"] as unknown[]).every((m) => {
    if (typeof m !== "object" || m === null) return false;
    const ms = m as Record<string, unknown>;
    return typeof ms["map"] === "string" && Array.isArray(ms["candidates"]) && (ms["candidates"] as unknown[]).every(isRecordCandidate);
  });
}
