/**
 * The fold order (PROTOCOL.md M2.2–M2.3): which records can be judged at all (their causal past is
 * complete) and the deterministic order in which they are judged.
 *
 * Records are numbered once (their place among the distinct records given) and everything after
 * is tables indexed by those numbers: each record's deps as numbers (one lookup per dep), the
 * records citing each (one array for all), the tie-break as one integer, a heap of numbers.
 */
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { codeUnitRanks } from "./id-ranks.js";
import { isEndRecord } from "./kinds.js";
import { RankHeap } from "./rank-heap.js";

/** The records to fold, in order, and those that cannot be judged yet. */
export interface FoldOrder {
  /** Records whose causal past is complete, in fold order (M2.3). */
  readonly order: readonly ParsedRecord[];
  /** Records citing, directly or through other records, ids that are not held (M2.2), with a detail. */
  readonly missing: ReadonlyMap<RecordId, { readonly record: ParsedRecord; readonly detail: string }>;
}

/**
 * Orders records for the fold (M2.3): a topological order of `deps` in which, among the records
 * whose deps have all been taken, an end record (M2.3) comes first, then the smallest id by UTF-16
 * code units. Records are de-duplicated by id. A dep counts as held if it is one of `records` or
 * in `heldElsewhere` (ids of records of other kinds the caller holds). Records with a dep that is not
 * held, or that depend on such a record, are reported in `missing` (M2.2). Never throws.
 */
export function foldOrder(
  records: Iterable<ParsedRecord>,
  heldElsewhere: Pick<ReadonlySet<string>, "has"> = new Set<string>(),
): FoldOrder {
  const placeOf = new Map<RecordId, number>();
  const distinct: ParsedRecord[] = [];
  for (const record of records) {
    if (!placeOf.has(record.id)) {
      placeOf.set(record.id, distinct.length);
      distinct.push(record);
    }
  }
  return foldOrderOfDistinct(distinct, placeOf, heldElsewhere);
}

/**
 * `foldOrder` of records already de-duplicated: `placeOf` maps each record's id to its place in
 * `distinct` (and holds no other id). Never throws.
 */
export function foldOrderOfDistinct(
  distinct: readonly ParsedRecord[],
  placeOf: ReadonlyMap<RecordId, number>,
  heldElsewhere: Pick<ReadonlySet<string>, "has">,
): FoldOrder {
  const n = distinct.length;
  // Each record's deps among the records, as places (-1: not among them), in `deps` order.
  let edges = 0;
  for (let i = 0; i < n; i++) edges += distinct[i]!.envelope.deps.length;
  const depStart = new Int32Array(n + 1);
  const depPlace = new Int32Array(edges);
  const pending = new Int32Array(n);
  const childCount = new Int32Array(n + 1);
  const missing = new Map<RecordId, { record: ParsedRecord; detail: string }>();
  const isMissing = new Uint8Array(n);
  // M2.2: records citing ids nobody holds, in the order given (the walk below starts from them).
  const stack: number[] = [];
  for (let i = 0, at = 0; i < n; i++) {
    depStart[i] = at;
    const record = distinct[i]!;
    let absent: RecordId[] | undefined;
    for (const dep of record.envelope.deps) {
      const parent = placeOf.get(dep) ?? -1;
      depPlace[at++] = parent;
      if (parent >= 0) {
        pending[i]! += 1;
        childCount[parent]! += 1;
      } else if (!heldElsewhere.has(dep)) {
        (absent ??= []).push(dep);
      }
    }
    if (absent !== undefined) {
      missing.set(record.id, { record, detail: `[M2.2] cites records not held: ${absent.join(", ")}` });
      isMissing[i] = 1;
      stack.push(i);
    }
  }
  depStart[n] = edges;
  // The records citing each record, in the order given, as one array sliced by `childStart`.
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) childStart[i + 1] = childStart[i]! + childCount[i]!;
  const children = new Int32Array(childStart[n]!);
  const filled = childStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let e = depStart[i]!; e < depStart[i + 1]!; e++) {
      const parent = depPlace[e]!;
      if (parent >= 0) children[filled[parent]!++] = i;
    }
  }
  // …then everything that depends on them (depth first, as found).
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let c = childStart[node]!; c < childStart[node + 1]!; c++) {
      const child = children[c]!;
      if (isMissing[child] === 1) continue;
      isMissing[child] = 1;
      const record = distinct[child]!;
      missing.set(record.id, { record, detail: `[M2.2] depends on ${distinct[node]!.id}, whose deps are not all held` });
      stack.push(child);
    }
  }

  // M2.3: Kahn's algorithm over the rest, ties broken by (end record first, smallest id): one
  // integer per record, so the heap compares numbers, not 43-character ids.
  const idRank = codeUnitRanks(distinct.map((record) => record.id));
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[i] = (isEndRecord(distinct[i]!.envelope) ? 0 : n) + idRank[i]!;
  const heap = new RankHeap(n, rank);
  for (let i = 0; i < n; i++) if (pending[i] === 0 && isMissing[i] === 0) heap.push(i);
  const order: ParsedRecord[] = [];
  const ordered = new Uint8Array(n);
  for (let node = heap.pop(); node >= 0; node = heap.pop()) {
    order.push(distinct[node]!);
    ordered[node] = 1;
    for (let c = childStart[node]!; c < childStart[node + 1]!; c++) {
      const child = children[c]!;
      if (isMissing[child] === 1) continue;
      if (--pending[child]! === 0) heap.push(child);
    }
  }
  // Only a cycle (impossible without a hash collision) leaves records unordered.
  if (order.length + missing.size < n) {
    for (let i = 0; i < n; i++) {
      if (ordered[i] === 0 && isMissing[i] === 0) {
        const record = distinct[i]!;
        missing.set(record.id, { record, detail: "[M2.2] deps form a cycle" });
      }
    }
  }
  return { order, missing };
}
