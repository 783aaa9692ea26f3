/**
 * Points drawn close together on a map, gathered into clusters (the map of chapters: thousands of
 * chapters stay readable, and each marker is big enough to press). Greedy and deterministic: the
 * points in order of their position, then id; each not yet taken starts a cluster of itself and
 * every point not yet taken within `radius` of it. Linear in the number of points (a grid of
 * `radius`-sized cells). Never throws.
 */

/** A point on the drawing, in its pixels. */
export interface DrawnPoint<T> {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly item: T;
}

/** A cluster: where it is drawn (the mean of its points) and its points, in order. */
export interface Cluster<T> {
  readonly x: number;
  readonly y: number;
  readonly points: readonly DrawnPoint<T>[];
}

/** The clusters of `points` within `radius` pixels of the point that starts each. */
export function clusterPoints<T>(points: readonly DrawnPoint<T>[], radius: number): Cluster<T>[] {
  const sorted = [...points].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Cells of `radius` pixels, keyed by one number; each holds its points' ranks in `sorted`, ascending.
  const WIDE = 1 << 20;
  const key = (cx: number, cy: number) => cy * WIDE + cx;
  const cellOf = (v: number) => Math.floor(v / radius);
  const grid = new Map<number, number[]>();
  sorted.forEach((point, rank) => {
    const at = key(cellOf(point.x), cellOf(point.y));
    const bucket = grid.get(at);
    if (bucket === undefined) grid.set(at, [rank]);
    else bucket.push(rank);
  });
  const taken = new Uint8Array(sorted.length);
  const within = radius * radius;
  const clusters: Cluster<T>[] = [];
  for (let rank = 0; rank < sorted.length; rank++) {
    if (taken[rank] === 1) continue;
    const start = sorted[rank]!;
    const cx = cellOf(start.x);
    const cy = cellOf(start.y);
    const ranks: number[] = [];
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const cell = grid.get(key(cx + dx, cy + dy));
        if (cell === undefined) continue;
        for (const other of cell) {
          if (taken[other] === 1) continue;
          const point = sorted[other]!;
          // Squared distances: Math.hypot is several times slower, and this loop runs for every point near every cluster.
          const ex = point.x - start.x;
          const ey = point.y - start.y;
          if (ex * ex + ey * ey <= within) ranks.push(other);
        }
      }
    }
    ranks.sort((a, b) => a - b);
    let x = 0;
    let y = 0;
    const members = ranks.map((other) => {
      taken[other] = 1;
      const point = sorted[other]!;
      x += point.x;
      y += point.y;
      return point;
    });
    clusters.push({ x: x / members.length, y: y / members.length, points: members });
  }
  return clusters;
}
