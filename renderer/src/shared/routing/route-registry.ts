import type { OpenRoute, Route } from "./route.js";

/** Where the address points: its normalised path and query, and the route there, if any. */
export interface Location {
  readonly path: string;
  readonly query: string;
  readonly open: OpenRoute | undefined;
}

/** Splits `location.hash` (with or without `#`) into a path (no trailing slash, `/` when empty) and its query. */
export function normaliseHash(hash: string): { readonly path: string; readonly query: string } {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  const question = raw.indexOf("?");
  const pathPart = question < 0 ? raw : raw.slice(0, question);
  const query = question < 0 ? "" : raw.slice(question + 1);
  const path = pathPart === "" ? "/" : pathPart.length > 1 && pathPart.endsWith("/") ? pathPart.slice(0, -1) : pathPart;
  return { path, query };
}

/**
 * The app's routes: each feature declares its own (`features/<feature>/routes.tsx`) and the
 * composition root registers them (src/app/features.ts), so adding a feature edits no central list.
 */
export class RouteRegistry {
  readonly #routes: Route[] = [];

  /** Adds routes. @throws {Error} if a pattern is registered twice (a programming error). */
  add(...routes: readonly Route[]): void {
    for (const route of routes) {
      if (this.#routes.some((r) => r.pattern === route.pattern)) throw new Error(`route ${route.pattern} is registered twice`);
      this.#routes.push(route);
    }
  }

  /** Where `hash` points. Never throws. */
  locate(hash: string): Location {
    const { path, query } = normaliseHash(hash);
    for (const route of this.#routes) {
      const open = route.open(path, query);
      if (open !== undefined) return { path, query, open };
    }
    return { path, query, open: undefined };
  }
}

/** The app's one route registry. */
export const routes = new RouteRegistry();
