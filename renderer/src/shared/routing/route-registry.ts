/**
 * The app's screens as hash routes (`#/settings`, `#/org/<document id>/chapter/<chapter id>`).
 * Hash routing works from any path, from a file and from a custom protocol, with no server
 * rewrite rules; and an invite link's secret, in the fragment, never reaches a server.
 */
export type Route =
  | { readonly name: "home" }
  | { readonly name: "create-identity" }
  | { readonly name: "restore-identity" }
  | { readonly name: "identity" }
  | { readonly name: "settings" }
  | { readonly name: "start-organisation" }
  | { readonly name: "organisation"; readonly organisation: string }
  | { readonly name: "chapter"; readonly organisation: string; readonly chapter: string }
  | { readonly name: "found-chapter"; readonly organisation: string; readonly parent: string }
  /** The chapter's decisions log (PROTOCOL.md V7). */
  | { readonly name: "decisions"; readonly organisation: string; readonly chapter: string }
  | { readonly name: "new-proposal"; readonly organisation: string; readonly chapter: string }
  /** `proposal` is the proposal's id (its creation record's id, PROTOCOL.md D6). */
  | { readonly name: "proposal"; readonly organisation: string; readonly chapter: string; readonly proposal: string }
  /** Hosting a meeting, meetings on this network, joining one (meetings/). */
  | { readonly name: "meetings" }
  /**
   * Sync by file (sync-files/): `#/files`, `#/files?do=import`, `#/files?do=export&o=<document id>`.
   * `action` starts that flow on arrival (the desktop's File menu goes here).
   */
  | { readonly name: "sync-files"; readonly action?: "export" | "import"; readonly organisation?: string }
  /** Checking a vote bundle file as `chapterhouse verify` does (vote-bundle/). */
  | { readonly name: "check-bundle" }
  /** `query` is the invite (see invite-link.ts), without the `?`. */
  | { readonly name: "join"; readonly query: string }
  | { readonly name: "not-found"; readonly path: string };

/** A route that can be linked to. */
export type LinkableRoute = Exclude<Route, { name: "not-found" }>;

const FIXED: Readonly<Record<string, LinkableRoute>> = {
  "/": { name: "home" },
  "/identity": { name: "identity" },
  "/identity/create": { name: "create-identity" },
  "/identity/restore": { name: "restore-identity" },
  "/settings": { name: "settings" },
  "/organisations/new": { name: "start-organisation" },
  "/meetings": { name: "meetings" },
  "/check": { name: "check-bundle" },
};

/** Characters of a document id (base58) or chapter id (base64url): a path segment needs no escaping. */
const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads a route from `location.hash` (with or without the leading `#`). Never throws. */
export function parseRoute(hash: string): Route {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  const question = raw.indexOf("?");
  const pathPart = question < 0 ? raw : raw.slice(0, question);
  const query = question < 0 ? "" : raw.slice(question + 1);
  const path = pathPart === "" ? "/" : pathPart.length > 1 && pathPart.endsWith("/") ? pathPart.slice(0, -1) : pathPart;
  const fixed = FIXED[path];
  if (fixed !== undefined) return fixed;
  if (path === "/join") return { name: "join", query };
  if (path === "/files") return syncFilesRoute(query);
  const parts = path.split("/").slice(1);
  if (parts[0] === "org" && parts.slice(1).every((p) => SEGMENT.test(p))) {
    const [, organisation, what, chapter, action, item] = parts;
    if (organisation !== undefined && what === undefined) return { name: "organisation", organisation };
    if (organisation !== undefined && what === "chapter" && chapter !== undefined && action === undefined) {
      return { name: "chapter", organisation, chapter };
    }
    if (organisation !== undefined && what === "chapter" && chapter !== undefined && action === "new" && parts.length === 5) {
      return { name: "found-chapter", organisation, parent: chapter };
    }
    if (organisation !== undefined && what === "chapter" && chapter !== undefined && action === "decisions" && parts.length === 5) {
      return { name: "decisions", organisation, chapter };
    }
    if (organisation !== undefined && what === "chapter" && chapter !== undefined && item !== undefined && parts.length === 6) {
      if (action === "proposals" && item === "new") return { name: "new-proposal", organisation, chapter };
      if (action === "proposal") return { name: "proposal", organisation, chapter, proposal: item };
    }
  }
  return { name: "not-found", path };
}

/** The sync-files route of a query (`do`, `o`); unknown or malformed values are left out. Never throws. */
function syncFilesRoute(query: string): Route {
  const params = new URLSearchParams(query);
  const action = params.get("do");
  const organisation = params.get("o");
  return {
    name: "sync-files",
    ...(action === "export" || action === "import" ? { action } : {}),
    ...(organisation !== null && SEGMENT.test(organisation) ? { organisation } : {}),
  };
}

/** The `href` of a route, for links. */
export function routeHref(route: LinkableRoute): string {
  switch (route.name) {
    case "organisation":
      return `#/org/${route.organisation}`;
    case "chapter":
      return `#/org/${route.organisation}/chapter/${route.chapter}`;
    case "found-chapter":
      return `#/org/${route.organisation}/chapter/${route.parent}/new`;
    case "decisions":
      return `#/org/${route.organisation}/chapter/${route.chapter}/decisions`;
    case "new-proposal":
      return `#/org/${route.organisation}/chapter/${route.chapter}/proposals/new`;
    case "proposal":
      return `#/org/${route.organisation}/chapter/${route.chapter}/proposal/${route.proposal}`;
    case "join":
      return `#/join?${route.query}`;
    case "sync-files": {
      const query = new URLSearchParams();
      if (route.action !== undefined) query.set("do", route.action);
      if (route.organisation !== undefined) query.set("o", route.organisation);
      return query.size === 0 ? "#/files" : `#/files?${query.toString()}`;
    }
    default:
      for (const [path, fixed] of Object.entries(FIXED)) if (fixed.name === route.name) return `#${path}`;
      return "#/";
  }
}

/** Goes to a route (adds a history entry). */
export function navigate(route: LinkableRoute): void {
  window.location.hash = routeHref(route);
}
