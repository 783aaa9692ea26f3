/**
 * A binary min-heap of small integers (e.g. records numbered 0…n−1), least `rank[item]` first: its
 * items sit in one typed array and are compared as numbers, with no object or call per comparison.
 */
export class RankHeap {
  readonly #items: Int32Array;
  readonly #rank: ArrayLike<number>;
  #size = 0;

  /** `capacity`: the most items ever held at once; `rank`: each item's rank (distinct ranks give a unique order). */
  constructor(capacity: number, rank: ArrayLike<number>) {
    this.#items = new Int32Array(Math.max(1, capacity));
    this.#rank = rank;
  }

  get size(): number {
    return this.#size;
  }

  /** Adds an item. Throws a RangeError beyond `capacity` items. */
  push(item: number): void {
    const items = this.#items;
    const rank = this.#rank;
    if (this.#size >= items.length) throw new RangeError("the heap is full");
    let i = this.#size++;
    const own = rank[item]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = items[parent]!;
      if (rank[above]! <= own) break;
      items[i] = above;
      i = parent;
    }
    items[i] = item;
  }

  /** Removes and returns the item of least rank, or -1 when empty. */
  pop(): number {
    if (this.#size === 0) return -1;
    const items = this.#items;
    const rank = this.#rank;
    const top = items[0]!;
    const size = --this.#size;
    if (size > 0) {
      const last = items[size]!;
      const own = rank[last]!;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        const right = left + 1;
        const least = right < size && rank[items[right]!]! < rank[items[left]!]! ? right : left;
        if (rank[items[least]!]! >= own) break;
        items[i] = items[least]!;
        i = least;
      }
      items[i] = last;
    }
    return top;
  }
}
