import type { ReactNode } from "react";
import type { RoutePath } from "./route-path.js";

/** What a page shows of the organisation tree: the frame's breadcrumb, members' names and the File menu's export follow it. */
export interface RoutePlace {
  /** The Organisation document's id. */
  readonly organisation?: string;
  /** The chapter whose place in the tree the page shows. */
  readonly chapter?: string;
}

/** A route matched against the current address. */
export interface OpenRoute {
  /** The route it is. */
  readonly route: Route;
  /** Its canonical link: a change of it is a navigation (another chapter is another place). */
  readonly href: string;
  readonly place: RoutePlace;
  /** The screen. */
  render(): ReactNode;
}

/** One screen a feature declares at an address (its `routes.tsx`), registered by src/app/features.ts. */
export interface Route {
  readonly pattern: string;
  /** The route at a normalised path and query, or undefined if they are not its own. Never throws. */
  open(path: string, query: string): OpenRoute | undefined;
}

/** A route: the screen `render` gives at `path`, and the place in the tree `place` says it shows. */
export function route<P>(path: RoutePath<P>, render: (params: P) => ReactNode, place: (params: P) => RoutePlace = () => ({})): Route {
  const self: Route = {
    pattern: path.pattern,
    open(at, query) {
      const params = path.match(at, query);
      if (params === undefined) return undefined;
      const href = (path.href as (params: P) => string)(params);
      return { route: self, href, place: place(params), render: () => render(params) };
    },
  };
  return self;
}
