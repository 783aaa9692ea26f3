/**
 * The fold order (PROTOCOL.md M2.2–M2.3): which records can be judged at all (their causal past is
 * complete) and the deterministic order in which they are judged.
 */
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { isEndRecord } from "./kinds.js";
import { MinHeap } from "./min-heap.js";

/** The records to fold, in order, and those that cannot be judged yet. */
export interface FoldOrder {
  /** Records whose causal past is complete, in fold order (M2.3). */
  readonly order: readonly ParsedRecord[];
  /** Records citing, directly or through other records, ids that are not held (M2.2), with a detail. */
  readonly missing: ReadonlyMap<RecordId, { readonly record: ParsedRecord; readonly detail: string }>;
}

interface Node {
  readonly record: ParsedRecord;
  readonly end: boolean;
  /** The records citing it; most records have none, and get no list. */
  children: Node[] | undefined;
  pending: number;
  /** Its place in M2.3's tie-break: end records first, then ascending id (set once all are known). */
  rank: number;
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
  const nodes = new Map<RecordId, Node>();
  for (const record of records) {
    if (!nodes.has(record.id))
      nodes.set(record.id, { record, end: isEndRecord(record.envelope), children: undefined, pending: 0, rank: 0 });
  }
  // The tie-break as one number per record, so the heap compares numbers, not 43-character ids.
  // A plain sort() orders strings by UTF-16 code units, as M2.3 asks.
  const ids = [...nodes.keys()].sort();
  for (let i = 0; i < ids.length; i++) {
    const node = nodes.get(ids[i]!)!;
    node.rank = (node.end ? 0 : ids.length) + i;
  }

  // M2.2: find records citing ids nobody holds, then everything that depends on them.
  const missing = new Map<RecordId, { record: ParsedRecord; detail: string }>();
  const stack: Node[] = [];
  for (const node of nodes.values()) {
    let absent: RecordId[] | undefined;
    for (const dep of node.record.envelope.deps) {
      const parent = nodes.get(dep);
      if (parent !== undefined) {
        (parent.children ??= []).push(node);
        node.pending += 1;
      } else if (!heldElsewhere.has(dep)) {
        (absent ??= []).push(dep);
      }
    }
    if (absent !== undefined) {
      missing.set(node.record.id, {
        record: node.record,
        detail: `[M2.2] cites records not held: ${absent.join(", ")}`,
      });
      stack.push(node);
    }
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.children ?? []) {
      if (missing.has(child.record.id)) continue;
      missing.set(child.record.id, {
        record: child.record,
        detail: `[M2.2] depends on ${node.record.id}, whose deps are not all held`,
      });
      stack.push(child);
    }
  }

  // M2.3: Kahn's algorithm over the rest, ties broken by (end record first, smallest id).
  const heap = new MinHeap<Node>((a, b) => a.rank < b.rank);
  // Most folds miss nothing: then no record is looked up in `missing`.
  const anyMissing = missing.size > 0;
  for (const node of nodes.values()) {
    if (node.pending === 0 && !(anyMissing && missing.has(node.record.id))) heap.push(node);
  }
  const order: ParsedRecord[] = [];
  for (let node = heap.pop(); node !== undefined; node = heap.pop()) {
    order.push(node.record);
    for (const child of node.children ?? []) {
      if (anyMissing && missing.has(child.record.id)) continue;
      child.pending -= 1;
      if (child.pending === 0) heap.push(child);
    }
  }
  // Only a cycle (impossible without a hash collision) leaves records unordered.
  if (order.length + missing.size < nodes.size) {
    const ordered = new Set(order.map((record) => record.id));
    for (const node of nodes.values()) {
      if (!ordered.has(node.record.id) && !missing.has(node.record.id)) {
        missing.set(node.record.id, { record: node.record, detail: "[M2.2] deps form a cycle" });
      }
    }
  }
  return { order, missing };
}
