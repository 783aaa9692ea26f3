import { describe, expect, it } from "vitest";
import { clusterPoints, type DrawnPoint } from "./cluster-points.js";

const point = (id: string, x: number, y: number): DrawnPoint<string> => ({ id, x, y, item: id });

describe("clustering a map's points", () => {
  it("[MAP2] points within the radius of a cluster's first point join it; those further away start their own", () => {
    const clusters = clusterPoints([point("c", 100, 100), point("a", 10, 10), point("b", 15, 12), point("d", 30, 10)], 10);
    expect(clusters.map((cluster) => cluster.points.map((p) => p.id))).toEqual([["a", "b"], ["d"], ["c"]]);
    expect(clusters[0]).toMatchObject({ x: 12.5, y: 11 });
  });

  it("[MAP2] the same points in any order give the same clusters", () => {
    const points = Array.from({ length: 200 }, (_, i) => point(`p${i}`, (i * 37) % 300, (i * 53) % 200));
    const once = clusterPoints(points, 12).map((cluster) => cluster.points.map((p) => p.id));
    expect(clusterPoints([...points].reverse(), 12).map((cluster) => cluster.points.map((p) => p.id))).toEqual(once);
    expect(once.flat().sort()).toEqual(points.map((p) => p.id).sort());
  });

  it("[MAP2] nothing is lost or counted twice with thousands of points on one spot", () => {
    const points = Array.from({ length: 5000 }, (_, i) => point(String(i), 50 + (i % 3), 50));
    const clusters = clusterPoints(points, 12);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.points).toHaveLength(5000);
  });
});
