/**
 * The world's land as GeoJSON, from Natural Earth's 1:110m land shipped with the app (the
 * `world-atlas` package's TopoJSON, bundled as its own chunk and loaded when a map is first shown:
 * no tile server, nothing fetched from elsewhere, works offline).
 */
import type { MultiPolygon, Feature, Polygon } from "geojson";
import { useEffect, useState } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

type Land = Feature<Polygon | MultiPolygon> | { readonly type: "FeatureCollection"; readonly features: readonly Feature[] };

let loaded: Promise<Land> | undefined;

/** Loads the land once per page. */
function loadLand(): Promise<Land> {
  loaded ??= import("world-atlas/land-110m.json").then((module) => {
    const topology = module.default as unknown as Topology<{ land: GeometryCollection }>;
    return feature(topology, topology.objects.land);
  });
  return loaded;
}

/** The land, once loaded (undefined until then). */
export function useWorldLand(): Land | undefined {
  const [land, setLand] = useState<Land | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadLand().then((value) => {
      if (live) setLand(value);
    });
    return () => {
      live = false;
    };
  }, []);
  return land;
}
