import { describe, expect, it } from "vitest";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { CausalPast } from "./causal-past.js";
import { foldOrder } from "./fold-order.js";
import { make } from "./test-helpers/records.js";
import { fakeSigner } from "./test-helpers/signers.js";

const signer = fakeSigner("causal");

/** A random DAG of `n` records, each citing up to three earlier ones, with its reachability by brute force. */
async function dag(n: number, seed: number) {
  let state = seed;
  const next = (m: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % m;
  };
  const records: ParsedRecord[] = [];
  for (let i = 0; i < n; i++) {
    const deps = i === 0 ? [] : [...new Set(Array.from({ length: 1 + next(3) }, () => records[next(i)]!.id))];
    records.push(await make(signer, "sponsor", { i }, deps));
  }
  const ancestors = new Map<RecordId, Set<RecordId>>();
  for (const record of records) {
    const set = new Set<RecordId>();
    for (const dep of record.envelope.deps) {
      set.add(dep);
      for (const a of ancestors.get(dep)!) set.add(a);
    }
    ancestors.set(record.id, set);
  }
  return { records, ancestors };
}

describe("causal-past queries", () => {
  it("[M8.4] answer reachability exactly, through tree intervals and the backward sweep alike", async () => {
    for (const seed of [1, 2, 3]) {
      const { records, ancestors } = await dag(120, seed);
      const past = new CausalPast(foldOrder(records).order);
      const pairs = records.flatMap((a, i) =>
        records.filter((_, j) => (i * 7 + j * 3) % 5 === 0).map((b) => [a.id, b.id] as const),
      );
      const answers = past.inPast(pairs);
      pairs.forEach(([a, b], k) => expect(answers[k]).toBe(ancestors.get(b)!.has(a)));
      // Asked again, from the cache, in another order.
      const reversed = [...pairs].reverse();
      past
        .inPast(reversed)
        .forEach((answer, k) => expect(answer).toBe(ancestors.get(reversed[k]![1])!.has(reversed[k]![0])));
    }
  });
});
