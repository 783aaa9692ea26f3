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
  const cell = (v: number) => Math.floor(v / radius);
  const grid = new Map<string, DrawnPoint<T>[]>();
  for (const point of sorted) {
    const key = `${cell(point.x)} ${cell(point.y)}`;
    const bucket = grid.get(key);
    if (bucket === undefined) grid.set(key, [point]);
    else bucket.push(point);
  }
  const rank = new Map(sorted.map((point, i) => [point, i]));
  const taken = new Set<DrawnPoint<T>>();
  const clusters: Cluster<T>[] = [];
  for (const start of sorted) {
    if (taken.has(start)) continue;
    const members: DrawnPoint<T>[] = [];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const point of grid.get(`${cell(start.x) + dx} ${cell(start.y) + dy}`) ?? []) {
          if (!taken.has(point) && Math.hypot(point.x - start.x, point.y - start.y) <= radius) members.push(point);
        }
      }
    }
    members.sort((a, b) => rank.get(a)! - rank.get(b)!);
    for (const point of members) taken.add(point);
    clusters.push({ x: members.reduce((sum, p) => sum + p.x, 0) / members.length, y: members.reduce((sum, p) => sum + p.y, 0) / members.length, points: members });
  }
  return clusters;
}
