import { useSyncExternalStore } from "react";
import { routes, type Location } from "./route-registry.js";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** Where the address points, re-rendering on every `hashchange`. */
export function useRoute(): Location {
  const hash = useSyncExternalStore(subscribe, currentHash, () => "");
  return routes.locate(hash);
}
