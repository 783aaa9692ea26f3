import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { foldOrder } from "./fold-order.js";
import { isEndRecord } from "./kinds.js";
import { MinHeap } from "./min-heap.js";

/** A record for the fold order, which reads only its id, kind, body (is it an end?) and deps. */
function record(id: string, kind: string, grant: boolean, deps: readonly string[]): ParsedRecord {
  const body = kind === "role" ? { grant } : {};
  return { id: id as RecordId, text: "", envelope: { v: 1, kind, body, signer: "k" as never, at: 0, deps: deps as RecordId[], sig: "" } };
}

/** M2.3 by its definition: repeatedly take, of the records whose held deps are all taken, an end record first, then the smallest id. */
function definedOrder(records: readonly ParsedRecord[], judged: ReadonlySet<RecordId>): RecordId[] {
  const taken = new Set<RecordId>();
  const order: RecordId[] = [];
  const candidates = records.filter((r) => judged.has(r.id));
  const inFold = new Set(candidates.map((r) => r.id));
  for (;;) {
    const ready = candidates.filter((r) => !taken.has(r.id) && r.envelope.deps.every((d) => !inFold.has(d) || taken.has(d)));
    if (ready.length === 0) return order;
    const ends = ready.filter((r) => isEndRecord(r.envelope));
    const pool = ends.length > 0 ? ends : ready;
    const next = pool.map((r) => r.id).reduce((a, b) => (b < a ? b : a));
    taken.add(next);
    order.push(next);
  }
}

/** The fold order as first written (before its tables were numbered): nodes in a map, a heap of objects. */
function firstWritten(records: Iterable<ParsedRecord>, heldElsewhere: ReadonlySet<string>) {
  interface Node { record: ParsedRecord; end: boolean; children: Node[] | undefined; pending: number; rank: number }
  const nodes = new Map<RecordId, Node>();
  for (const record of records) {
    if (!nodes.has(record.id)) nodes.set(record.id, { record, end: isEndRecord(record.envelope), children: undefined, pending: 0, rank: 0 });
  }
  const ids = [...nodes.keys()].sort();
  for (let i = 0; i < ids.length; i++) {
    const node = nodes.get(ids[i]!)!;
    node.rank = (node.end ? 0 : ids.length) + i;
  }
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
      missing.set(node.record.id, { record: node.record, detail: `[M2.2] cites records not held: ${absent.join(", ")}` });
      stack.push(node);
    }
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.children ?? []) {
      if (missing.has(child.record.id)) continue;
      missing.set(child.record.id, { record: child.record, detail: `[M2.2] depends on ${node.record.id}, whose deps are not all held` });
      stack.push(child);
    }
  }
  const heap = new MinHeap<Node>((a, b) => a.rank < b.rank);
  for (const node of nodes.values()) if (node.pending === 0 && !missing.has(node.record.id)) heap.push(node);
  const order: ParsedRecord[] = [];
  for (let node = heap.pop(); node !== undefined; node = heap.pop()) {
    order.push(node.record);
    for (const child of node.children ?? []) {
      if (missing.has(child.record.id)) continue;
      child.pending -= 1;
      if (child.pending === 0) heap.push(child);
    }
  }
  if (order.length + missing.size < nodes.size) {
    const ordered = new Set(order.map((r) => r.id));
    for (const node of nodes.values()) {
      if (!ordered.has(node.record.id) && !missing.has(node.record.id)) missing.set(node.record.id, { record: node.record, detail: "[M2.2] deps form a cycle" });
    }
  }
  return { order, missing };
}

/** Ids sharing their first code units often (so ties of the numeric prefix are compared as text), some beyond ASCII. */
const ids = fc.uniqueArray(
  fc.array(fc.constantFrom("a", "b", "A", "_", "-", "0", "é", "\uffff", "\ud800"), { maxLength: 5 }).map((units) => `r${units.join("")}`),
  { minLength: 1, maxLength: 16 },
);
const KINDS = ["admit", "genesis", "leave", "role", "rotate", "uninvite", "sponsor"] as const;

/** Records over those ids, each citing some of the others (cycles possible), of the absent x0, x1 and of e0 held elsewhere; given in any order, some twice. */
const folds = ids.chain((names) =>
  fc.record({
    records: fc.tuple(
      ...names.map((name) =>
        fc.record({
          kind: fc.constantFrom(...KINDS),
          grant: fc.boolean(),
          deps: fc.uniqueArray(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.constantFrom("x0", "x1", "e0") }), { maxLength: 3 }),
        }).map(({ kind, grant, deps }) => record(name, kind, grant, deps.filter((d) => d !== name || deps.length > 2).sort())),
      ),
    ),
    order: fc.array(fc.nat(), { minLength: names.length, maxLength: names.length + 4 }),
    noCycles: fc.boolean(),
  }).map(({ records, order, noCycles }) => {
    // Half the time, only earlier-listed ids are cited: an acyclic history, the usual case.
    const place = new Map(records.map((r, i) => [r.id, i] as const));
    const acyclic = records.map((r, i) => record(r.id, r.envelope.kind, (r.envelope.body as { grant?: boolean }).grant === true, r.envelope.deps.filter((d) => !place.has(d) || place.get(d)! < i)));
    const chosen = noCycles ? acyclic : records;
    return order.map((k) => chosen[k % chosen.length]!);
  }),
);

describe("the fold order against its definition (M2.2, M2.3)", () => {
  it("orders as the definition takes records, and reports the records that cannot be judged, with the details, as first written", () => {
    fc.assert(
      fc.property(folds, (given) => {
        const elsewhere = new Set(["e0"]);
        const { order, missing } = foldOrder(given, elsewhere);
        const reference = firstWritten(given, elsewhere);
        expect(order.map((r) => r.id)).toEqual(reference.order.map((r) => r.id));
        expect([...missing].map(([id, m]) => [id, m.record.id, m.detail])).toEqual([...reference.missing].map(([id, m]) => [id, m.record.id, m.detail]));
        const distinct = [...new Map(given.map((r) => [r.id, r] as const)).values()];
        const judged = new Set(distinct.map((r) => r.id).filter((id) => !missing.has(id)));
        expect(order.map((r) => r.id)).toEqual(definedOrder(distinct, judged));
        // M2.2: a record is missing exactly when a dep is neither given nor held elsewhere, or is itself missing, or it is never reached (a cycle).
        for (const r of distinct) {
          const cause = r.envelope.deps.some((d) => !judged.has(d) && !elsewhere.has(d));
          if (cause) expect(missing.has(r.id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
