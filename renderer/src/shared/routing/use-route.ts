import { startTransition, useEffect, useState } from "react";
import { routes, type Location } from "./route-registry.js";

function currentHash(): string {
  return typeof window === "undefined" ? "" : window.location.hash;
}

/**
 * Where the address points, re-rendering on every `hashchange`. The new screen is rendered as a
 * transition: React renders it in slices of a few milliseconds and shows it when it is done (the
 * old one stays until then), so opening a large screen (a 10,000-ballot vote's page, issue 10) is
 * no main-thread task of tens of milliseconds. (An external store read with `useSyncExternalStore`
 * is always rendered in one synchronous task.)
 */
export function useRoute(): Location {
  const [hash, setHash] = useState(currentHash);
  useEffect(() => {
    const onChange = () => startTransition(() => setHash(currentHash()));
    window.addEventListener("hashchange", onChange);
    // A change between the first render and this subscription.
    onChange();
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return routes.locate(hash);
}
