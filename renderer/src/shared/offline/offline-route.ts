/**
 * Which requests the service worker answers, and how (pure, so it is tested without a browser).
 * Only the app's own files are ever served from the cache; what a relay answers live —
 * `relay.json` (W6.5), `/healthz`, `/metrics` — and anything of another origin always goes to
 * the network, and is never cached. WebSockets never pass through a service worker at all.
 */

/** What the service worker does with a request. */
export type OfflineRoute =
  /** A file of the precached app shell: from the cache (the network only if it is missing). */
  | "precached"
  /** A page navigation inside the app: the network first, the cached `index.html` when unreachable. */
  | "app-shell"
  /** Not the service worker's business: the browser fetches it as if there were no worker. */
  | "network";

/** What the route depends on of a request (`Request` has these). */
export interface RouteRequest {
  readonly method: string;
  readonly url: string;
  /** `Request.mode`: "navigate" for page loads. */
  readonly mode: string;
}

/** Paths at the origin's root that a relay answers live (W6.2, W6.3, W6.5). */
const LIVE_PATHS: readonly string[] = ["/relay.json", "/healthz", "/metrics"];

/**
 * The route of `request` for a service worker whose scope is `scope` (the app's base URL,
 * ending in `/`) and that precached `precached` (paths relative to the scope). Never throws.
 */
export function offlineRoute(request: RouteRequest, scope: string, precached: ReadonlySet<string>): OfflineRoute {
  if (request.method !== "GET") return "network";
  let url: URL;
  let base: URL;
  try {
    url = new URL(request.url);
    base = new URL(scope);
  } catch {
    return "network";
  }
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return "network";
  const relative = url.pathname.slice(base.pathname.length);
  if (LIVE_PATHS.includes(url.pathname) || LIVE_PATHS.includes(`/${relative}`)) return "network";
  if (request.mode === "navigate") return "app-shell";
  if (url.search === "" && precached.has(decodeURIComponentOr(relative))) return "precached";
  return "network";
}

function decodeURIComponentOr(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
