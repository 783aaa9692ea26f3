import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { CausalRosters } from "./causal-rosters.js";

/** A record for the causal-past walk, which reads only its id and deps. */
function record(id: string, deps: readonly string[]): ParsedRecord {
  return { id: id as RecordId, text: "", envelope: { v: 1, kind: "note", body: null, signer: "k" as never, at: 0, deps: deps as RecordId[], sig: "" } };
}

/**
 * P1.3 as it was first written: Kahn's algorithm over every held record, each record's problem
 * after all its deps'; a record never released (on a cycle, or after one) has "its deps form a cycle".
 */
function referenceProblems(held: ReadonlyMap<RecordId, ParsedRecord>): (record: ParsedRecord) => string | undefined {
  const ownProblem = (record: ParsedRecord, problems: ReadonlyMap<RecordId, string>): string | undefined => {
    const { deps } = record.envelope;
    let incomplete: RecordId | undefined;
    for (const dep of deps) {
      if (!held.has(dep)) return `cites records not held: ${deps.filter((d) => !held.has(d)).join(", ")}`;
      if (incomplete === undefined && problems.has(dep)) incomplete = dep;
    }
    return incomplete === undefined ? undefined : `depends on ${incomplete}, whose causal past is not all held`;
  };
  const problems = new Map<RecordId, string>();
  const nodes = new Map<RecordId, { record: ParsedRecord; pending: number; children: RecordId[] }>();
  for (const r of held.values()) nodes.set(r.id, { record: r, pending: 0, children: [] });
  const ready: RecordId[] = [];
  for (const node of nodes.values()) {
    for (const dep of node.record.envelope.deps) {
      const parent = nodes.get(dep);
      if (parent === undefined) continue;
      node.pending += 1;
      parent.children.push(node.record.id);
    }
    if (node.pending === 0) ready.push(node.record.id);
  }
  for (let id = ready.pop(); id !== undefined; id = ready.pop()) {
    const node = nodes.get(id)!;
    const problem = ownProblem(node.record, problems);
    if (problem !== undefined) problems.set(id, problem);
    for (const child of node.children) if (--nodes.get(child)!.pending === 0) ready.push(child);
  }
  for (const [id, node] of nodes) if (node.pending > 0 && !problems.has(id)) problems.set(id, "its deps form a cycle");
  return (r) => (held.has(r.id) ? problems.get(r.id) : ownProblem(r, problems));
}

/** Records r0…r(n-1), each citing some of the others and of the absent ids x0…x2, sorted (R7). */
const graphs = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.array(fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: n - 1 }).map((i) => `r${i}`), fc.constantFrom("x0", "x1", "x2")), { maxLength: 4 }), { minLength: n, maxLength: n }),
    fc.boolean(),
  ),
);

describe("the problem of a record's causal past (P1.3)", () => {
  it("is what judging every held record after its deps gives, whatever is asked and in what order, cycles included", () => {
    fc.assert(
      fc.property(graphs, fc.array(fc.nat(), { maxLength: 20 }), ([n, citations, acyclic], asks) => {
        // Acyclic: each record cites only records before it, as real ids (hashes of the text) must.
        const records = citations.map((deps, i) => record(`r${i}`, [...new Set(deps.filter((d) => !acyclic || !d.startsWith("r") || Number(d.slice(1)) < i))].sort()));
        // Some records are not held: records citing them are asked about too.
        const held = new Map(records.filter((_, i) => i % 5 !== 4).map((r) => [r.id, r]));
        const expected = referenceProblems(held);
        const rosters = new CausalRosters(held);
        for (const ask of [...asks, ...records.keys()]) {
          const r = records[ask % n]!;
          expect(rosters.pastProblem(r)).toBe(expected(r));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("names a cycle of deps, and the records that depend on one", () => {
    const a = record("a", ["b"]);
    const b = record("b", ["a"]);
    const c = record("c", ["a", "x"]);
    const d = record("d", ["c"]);
    const rosters = new CausalRosters(new Map([a, b, c].map((r) => [r.id, r])));
    expect(rosters.pastProblem(c)).toBe("its deps form a cycle");
    expect(rosters.pastProblem(a)).toBe("its deps form a cycle");
    expect(rosters.pastProblem(d)).toBe("depends on c, whose causal past is not all held");
  });
});
