/**
 * The UI kit's WorldMap with `#n=<count>` chapters spread over the inhabited latitudes (a seeded
 * generator, the same points every load), for the map bench (bench/map.js): `window.__mapDrawn`
 * is set to the page's time (performance.now()) at the first frame after the map stops being busy
 * (the land drawn and every cluster of markers placed).
 */
import { createRoot } from "react-dom/client";
import { WorldMap, type MapMarker } from "../../../src/shared/ui/WorldMap.js";

declare global {
  interface Window {
    __mapDrawn?: number;
    __mapClusters?: number;
  }
}

const count = Number(new URLSearchParams(location.hash.slice(1)).get("n") ?? "0");
let seed = 42;
/** A linear congruential generator (Numerical Recipes' constants): deterministic points. */
const next = () => ((seed = (seed * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
const markers: MapMarker[] = Array.from({ length: count }, (_, i) => ({ id: `c${i}`, kind: "chapter", label: `Chapter ${i}`, lat: -55 + next() * 125, lon: -180 + next() * 360, href: `#c${i}` }));

createRoot(document.getElementById("root")!).render(<WorldMap label={`Map of ${count} chapters`} markers={markers} clusterLabel={(n) => `${n} chapters here`} />);

// The first frame with the land drawn and the markers in place.
const watch = () => {
  const map = document.querySelector(".ui-WorldMap");
  if (map?.getAttribute("aria-busy") === "false") {
    const drawn = map.querySelectorAll(".ui-WorldMap-marker, .ui-WorldMap-cluster").length;
    requestAnimationFrame(() => {
      window.__mapDrawn = performance.now();
      window.__mapClusters = drawn;
    });
    return;
  }
  requestAnimationFrame(watch);
};
requestAnimationFrame(watch);
