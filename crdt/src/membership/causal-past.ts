/**
 * Causal-past queries over the records of one fold (PROTOCOL.md M8.4): is a record reachable from
 * another through `deps`?
 *
 * Most histories are nearly linear (devices cite their heads), so a spanning tree of the DAG, each
 * record hung under its dep latest in the fold order, answers most queries in O(1) by interval
 * containment: a tree ancestor is a causal ancestor. The remaining queries are answered together by
 * one sweep from the last record back to the earliest one asked about, pushing to each record's deps
 * the set (a bitset) of the asked-about later records it reaches: O(records × deps × later / 32),
 * in batches of 1,024 later records so memory stays O(records × 32 words).
 */
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";

/** How many later records one backward sweep answers for (bitset width). */
const BATCH = 1024;

/** Reachability through `deps` among the records of one fold order. */
export class CausalPast {
  readonly #index = new Map<RecordId, number>();
  /** For each record (by fold index), the fold indices of its deps that are in the order. */
  readonly #deps: Int32Array[];
  readonly #enter: Int32Array;
  readonly #leave: Int32Array;
  readonly #known = new Map<string, boolean>();

  /** `order` must be a topological order of `deps` (every dep before the records citing it). */
  constructor(order: readonly ParsedRecord[]) {
    order.forEach((record, i) => this.#index.set(record.id, i));
    this.#deps = order.map((record) =>
      Int32Array.from(record.envelope.deps.map((dep) => this.indexOf(dep)).filter((i) => i >= 0)),
    );
    // Spanning tree: each record's parent is its dep latest in the fold order.
    const children: number[][] = order.map(() => []);
    const roots: number[] = [];
    this.#deps.forEach((deps, i) => {
      const parent = deps.reduce((a, b) => Math.max(a, b), -1);
      if (parent < 0) roots.push(i);
      else children[parent]!.push(i);
    });
    this.#enter = new Int32Array(order.length);
    this.#leave = new Int32Array(order.length);
    let clock = 0;
    const stack: { node: number; next: number }[] = [];
    for (const root of roots) {
      this.#enter[root] = clock++;
      stack.push({ node: root, next: 0 });
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const child = children[top.node]![top.next++];
        if (child === undefined) {
          this.#leave[top.node] = clock++;
          stack.pop();
        } else {
          this.#enter[child] = clock++;
          stack.push({ node: child, next: 0 });
        }
      }
    }
  }

  /** The record's position in the fold order, or -1 if it is not in it. */
  indexOf(id: RecordId): number {
    return this.#index.get(id) ?? -1;
  }

  /**
   * For each pair `[earlier, later]`, whether `earlier` is in the causal past of `later` (reachable
   * from it through `deps`). Ids outside the fold order are never in a causal past. Answers are
   * cached for the life of this object. Never throws.
   */
  inPast(pairs: readonly (readonly [RecordId, RecordId])[]): boolean[] {
    const answers: (boolean | undefined)[] = pairs.map(([earlier, later]) => {
      const cached = this.#known.get(`${earlier} ${later}`);
      if (cached !== undefined) return cached;
      const e = this.indexOf(earlier);
      const l = this.indexOf(later);
      if (e < 0 || l < 0 || e >= l) return false;
      if (this.#enter[e]! <= this.#enter[l]! && this.#leave[l]! <= this.#leave[e]!) return true;
      return undefined;
    });
    const open = pairs.flatMap((_, i) => (answers[i] === undefined ? [i] : []));
    // Number the distinct later records, in batches of BATCH so the bitsets stay small.
    const laters = [...new Set(open.map((i) => this.indexOf(pairs[i]![1])))].sort((a, b) => a - b);
    for (let start = 0; start < laters.length; start += BATCH) {
      const slot = new Map(laters.slice(start, start + BATCH).map((later, k) => [later, k] as const));
      const batch = open.filter((i) => slot.has(this.indexOf(pairs[i]![1])));
      let floor = Infinity;
      let top = -1;
      for (const i of batch) {
        floor = Math.min(floor, this.indexOf(pairs[i]![0]));
        top = Math.max(top, this.indexOf(pairs[i]![1]));
      }
      const words = Math.ceil(slot.size / 32);
      const bits = new Uint32Array((top + 1) * words);
      // Backwards from the last later record: each record passes what it reaches to its deps.
      for (let node = top; node > floor; node--) {
        const own = slot.get(node);
        if (own !== undefined) bits[node * words + (own >> 5)]! |= 1 << (own & 31);
        for (const dep of this.#deps[node]!) {
          if (dep < floor) continue;
          for (let w = 0; w < words; w++) bits[dep * words + w]! |= bits[node * words + w]!;
        }
      }
      for (const i of batch) {
        const own = slot.get(this.indexOf(pairs[i]![1]))!;
        answers[i] = (bits[this.indexOf(pairs[i]![0]) * words + (own >> 5)]! & (1 << (own & 31))) !== 0;
      }
    }
    return answers.map((answer, i) => {
      this.#known.set(`${pairs[i]![0]} ${pairs[i]![1]}`, answer!);
      return answer!;
    });
  }
}
