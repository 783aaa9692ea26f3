/**
 * A topological order of records by `deps` (PROTOCOL.md P1.5, V1.3): each record after the records
 * it cites, ties broken by the smallest id (UTF-16 code units). Deps outside the given records do
 * not order them. The same set of records gives the same order, whatever order they came in.
 */
import type { RecordId } from "../records/ids.js";
import { MinHeap } from "../membership/min-heap.js";
import type { ParsedRecord } from "../records/record.js";

/** Orders `records` (de-duplicated by id) for judging. Never throws. */
export function causalOrder(records: Iterable<ParsedRecord>): ParsedRecord[] {
  // One record is its own order: a chapter's index judges each of its thousand proposals alone
  // (judgeProposalIndex), and building the maps and the heap for each took a third of its time.
  if (Array.isArray(records) && records.length <= 1) return [...(records as readonly ParsedRecord[])];
  const byId = new Map<RecordId, ParsedRecord>();
  for (const record of records) if (!byId.has(record.id)) byId.set(record.id, record);
  const pending = new Map<RecordId, number>();
  const children = new Map<RecordId, RecordId[]>();
  for (const record of byId.values()) {
    let count = 0;
    for (const dep of new Set(record.envelope.deps)) {
      if (!byId.has(dep)) continue;
      count += 1;
      const list = children.get(dep);
      if (list === undefined) children.set(dep, [record.id]);
      else list.push(record.id);
    }
    pending.set(record.id, count);
  }
  const heap = new MinHeap<ParsedRecord>((a, b) => a.id < b.id);
  for (const record of byId.values()) if (pending.get(record.id) === 0) heap.push(record);
  const order: ParsedRecord[] = [];
  for (let record = heap.pop(); record !== undefined; record = heap.pop()) {
    order.push(record);
    for (const child of children.get(record.id) ?? []) {
      const left = pending.get(child)! - 1;
      pending.set(child, left);
      if (left === 0) heap.push(byId.get(child)!);
    }
  }
  // Only a cycle (impossible without a hash collision) leaves records out: append them by id.
  if (order.length < byId.size) {
    const placed = new Set(order.map((record) => record.id));
    order.push(...[...byId.values()].filter((record) => !placed.has(record.id)).sort((a, b) => (a.id < b.id ? -1 : 1)));
  }
  return order;
}
