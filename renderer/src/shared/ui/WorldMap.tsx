import { geoEqualEarth, geoPath } from "d3-geo";
import { memo, useEffect, useMemo, useState, type KeyboardEvent, type MouseEvent } from "react";
import { clusterPoints, type Cluster } from "./cluster-points.js";
import { useSlices } from "./use-slices.js";
import { useWorldLand } from "./use-world-land.js";
import "./tokens.css";
import "./WorldMap.css";

/** A point in decimal degrees. */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** Something drawn at a place: a chapter, an event or an offer or request of mutual aid, leading somewhere. */
export interface MapMarker extends LatLon {
  readonly id: string;
  /** Markers of one kind cluster together and share a look. */
  readonly kind: "chapter" | "event" | "aid";
  /** Its name, said by screen readers and shown on hover. */
  readonly label: string;
  readonly href: string;
}

export interface WorldMapProps {
  /** Names the map ("Map of the chapters of Riverside"). */
  readonly label: string;
  readonly markers?: readonly MapMarker[];
  /** The words of a cluster of `count` markers ("12 chapters here"). */
  readonly clusterLabel?: (count: number, kind: MapMarker["kind"]) => string;
  /** A cluster pressed: its markers. */
  readonly onCluster?: (markers: readonly MapMarker[]) => void;
  /** A point on the map pressed (pointer only: forms beside the map take typed degrees). */
  readonly onPick?: (point: LatLon) => void;
  /** A point to mark (the one picked). */
  readonly picked?: LatLon | null;
}

/** The drawing's size in its own units; it scales to the width it is given. */
const WIDTH = 960;
const HEIGHT = 467;
/** Markers closer than this (drawing units) are one cluster. */
const CLUSTER_RADIUS = 14;
/** No markers (a stable default). */
const NO_MARKERS: readonly MapMarker[] = [];
/** A cluster's words when none are given: its count (a stable default, so drawn chunks stay memoised). */
const countOnly = (count: number) => String(count);
/** How many clusters are added to the drawing per task: thousands at once would hold the page for a long task (A11Y4). */
const CLUSTERS_PER_SLICE = 100;

/**
 * A world map drawn offline from the land data shipped with the app (Equal Earth projection):
 * markers clustered when close, each marker a link, each cluster a button; pressing the sea or
 * land picks a point. Until the land is loaded the sphere and markers show alone.
 */
export function WorldMap({ label, markers = NO_MARKERS, clusterLabel = countOnly, onCluster, onPick, picked = null }: WorldMapProps) {
  const land = useWorldLand();
  const projection = useMemo(() => geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: "Sphere" }), []);
  const path = useMemo(() => geoPath(projection), [projection]);
  const sphere = useMemo(() => path({ type: "Sphere" }) ?? "", [path]);
  const ground = useMemo(() => (land === undefined ? "" : (path(land as Parameters<typeof path>[0]) ?? "")), [land, path]);
  const { chunks, ready } = useClusterChunks(markers, projection);
  // The sea and the land are drawn at once, then the clusters a chunk per task, so the page stays
  // responsive (A11Y4); each chunk is memoised, so a task renders its own chunk, not every one before it.
  const drawn = useSlices(chunks.length, 1);
  const pick = (event: MouseEvent<SVGSVGElement>) => {
    // A press on a marker or a cluster is theirs, not a pick.
    if (onPick === undefined || (event.target as Element).closest(".ui-WorldMap-marker, .ui-WorldMap-cluster") !== null) return;
    const box = event.currentTarget.getBoundingClientRect();
    const at = projection.invert?.([((event.clientX - box.left) / box.width) * WIDTH, ((event.clientY - box.top) / box.height) * HEIGHT]);
    if (at !== null && at !== undefined && Number.isFinite(at[0]) && Number.isFinite(at[1])) onPick({ lat: at[1], lon: at[0] });
  };
  const mark = picked === null ? null : projection([picked.lon, picked.lat]);
  return (
    <svg className="ui-WorldMap" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={label} aria-busy={land === undefined || !ready || drawn < chunks.length} onClick={pick} data-pickable={onPick === undefined ? undefined : true}>
      <path className="ui-WorldMap-sea" d={sphere} />
      <path className="ui-WorldMap-land" d={ground} />
      {chunks.slice(0, drawn).map((chunk, at) => (
        <ClusterChunk key={at} clusters={chunk} clusterLabel={clusterLabel} onCluster={onCluster} />
      ))}
      {mark === null ? null : <circle className="ui-WorldMap-picked" cx={mark[0]} cy={mark[1]} r={7} />}
    </svg>
  );
}

type Projection = ReturnType<typeof geoEqualEarth>;
type Chunks = readonly (readonly Cluster<MapMarker>[])[];

/** `markers` projected and clustered by kind, in chunks of CLUSTERS_PER_SLICE. */
function clusterChunks(markers: readonly MapMarker[], projection: Projection): Chunks {
  const byKind = (kind: MapMarker["kind"]) =>
    clusterPoints(
      markers
        .filter((marker) => marker.kind === kind)
        .map((marker) => {
          const [x, y] = projection([marker.lon, marker.lat]) ?? [0, 0];
          return { id: marker.id, x, y, item: marker };
        }),
      CLUSTER_RADIUS,
    );
  const all = [...byKind("chapter"), ...byKind("event"), ...byKind("aid")];
  const out: (readonly Cluster<MapMarker>[])[] = [];
  for (let at = 0; at < all.length; at += CLUSTERS_PER_SLICE) out.push(all.slice(at, at + CLUSTERS_PER_SLICE));
  return out;
}

/**
 * The clusters of `markers`, computed in a task of their own after the map is first drawn (with
 * thousands of markers, projecting and clustering them in the same task as mounting the page made
 * the longest task); until then none, and the previous ones while new markers are clustered.
 */
function useClusterChunks(markers: readonly MapMarker[], projection: Projection): { readonly chunks: Chunks; readonly ready: boolean } {
  const [clustered, setClustered] = useState<{ readonly of: readonly MapMarker[]; readonly chunks: Chunks } | undefined>(undefined);
  useEffect(() => {
    const next = setTimeout(() => setClustered({ of: markers, chunks: clusterChunks(markers, projection) }), 0);
    return () => clearTimeout(next);
  }, [markers, projection]);
  return { chunks: clustered?.chunks ?? [], ready: clustered?.of === markers };
}

/** One chunk of clusters: a marker link for a lone marker, a button for a cluster. Memoised: drawing the next chunk leaves it alone. */
const ClusterChunk = memo(function ClusterChunk({
  clusters,
  clusterLabel,
  onCluster,
}: {
  readonly clusters: readonly Cluster<MapMarker>[];
  readonly clusterLabel: NonNullable<WorldMapProps["clusterLabel"]>;
  readonly onCluster: WorldMapProps["onCluster"];
}) {
  const press = (event: KeyboardEvent<SVGGElement>, members: readonly MapMarker[]) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onCluster?.(members);
  };
  return clusters.map((cluster) => {
    const first = cluster.points[0]!.item;
    const members = cluster.points.map((point) => point.item);
    if (members.length === 1)
      return (
        <a key={`${first.kind} ${first.id}`} href={first.href} className="ui-WorldMap-marker" data-kind={first.kind} aria-label={first.label}>
          <title>{first.label}</title>
          {first.kind === "chapter" ? (
            <circle cx={cluster.x} cy={cluster.y} r={7} />
          ) : first.kind === "event" ? (
            // An event is a small diamond, drawn over the chapters: a chapter at the same spot stays visible around it.
            <rect x={cluster.x - 3.5} y={cluster.y - 3.5} width={7} height={7} transform={`rotate(45 ${cluster.x} ${cluster.y})`} />
          ) : (
            // Mutual aid is a triangle: told apart from chapters and events by shape, not by colour alone.
            <path d={`M ${cluster.x} ${cluster.y - 6} L ${cluster.x + 6} ${cluster.y + 4.5} L ${cluster.x - 6} ${cluster.y + 4.5} Z`} />
          )}
        </a>
      );
    const words = clusterLabel(members.length, first.kind);
    return (
      <g
        key={`${first.kind} ${first.id}`}
        className="ui-WorldMap-cluster"
        data-kind={first.kind}
        role="button"
        tabIndex={0}
        aria-label={words}
        onClick={() => onCluster?.(members)}
        onKeyDown={(event) => press(event, members)}
      >
        <title>{words}</title>
        <circle cx={cluster.x} cy={cluster.y} r={11} />
        <text x={cluster.x} y={cluster.y} dy="0.35em" textAnchor="middle" aria-hidden="true">
          {members.length}
        </text>
      </g>
    );
  });
});
