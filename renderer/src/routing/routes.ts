/**
 * The app's screens as hash routes (`#/settings`). Hash routing works from any path, from a
 * file and from a custom protocol, with no server rewrite rules.
 */
export type Route =
  | { readonly name: "home" }
  | { readonly name: "create-identity" }
  | { readonly name: "restore-identity" }
  | { readonly name: "settings" }
  | { readonly name: "not-found"; readonly path: string };

/** A route that can be linked to. */
export type LinkableRoute = Exclude<Route, { name: "not-found" }>;

const PATHS: Readonly<Record<LinkableRoute["name"], string>> = {
  home: "/",
  "create-identity": "/identity/create",
  "restore-identity": "/identity/restore",
  settings: "/settings",
};

/** Reads a route from `location.hash` (with or without the leading `#`). Never throws. */
export function parseRoute(hash: string): Route {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  const path = raw === "" ? "/" : raw.length > 1 && raw.endsWith("/") ? raw.slice(0, -1) : raw;
  for (const [name, candidate] of Object.entries(PATHS) as [LinkableRoute["name"], string][]) {
    if (candidate === path) return { name };
  }
  return { name: "not-found", path };
}

/** The `href` of a route, for links. */
export function routeHref(route: LinkableRoute): string {
  return `#${PATHS[route.name]}`;
}
