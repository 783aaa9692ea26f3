/**
 * A route's address as a hash path (`#/org/<document id>/chapter/<chapter id>`): how it is read
 * from `location.hash` and written as a link. Hash routing works from any path, from a file and
 * from a custom protocol, with no server rewrite rules; and an invite link's secret, in the
 * fragment, never reaches a server.
 */
export interface RoutePath<P> {
  /** The pattern, e.g. `/org/:organisation/chapter/:chapter`. */
  readonly pattern: string;
  /** The params of a normalised path and its query (without `?`), or undefined if it is not this route's. Never throws. */
  match(path: string, query: string): P | undefined;
  /** The link to it, `#/…`. */
  href(...params: keyof P extends never ? [] : [P]): string;
}

/** The `:name` params of a pattern. */
type ParamNames<S extends string> = S extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : S extends `${string}:${infer Name}`
    ? Name
    : never;

/** The params a pattern's path carries, by name. */
export type PathParams<S extends string> = { readonly [K in ParamNames<S>]: string };

/** Characters of a document id (base58) or chapter id (base64url): a path segment needs no escaping. */
const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether `value` may stand in a path segment or a query's id (the characters of an id). */
export function isIdSegment(value: string): boolean {
  return SEGMENT.test(value);
}

/**
 * A route whose params are path segments: `routePath("/org/:organisation")`. A param matches
 * one segment of the characters ids are made of; anything else is not this route.
 */
export function routePath<const S extends string>(pattern: S): RoutePath<PathParams<S>> {
  const parts = pattern.split("/");
  return {
    pattern,
    match(path) {
      const segments = path.split("/");
      if (segments.length !== parts.length) return undefined;
      const params: Record<string, string> = {};
      for (const [i, part] of parts.entries()) {
        const segment = segments[i]!;
        if (part.startsWith(":")) {
          if (!SEGMENT.test(segment)) return undefined;
          params[part.slice(1)] = segment;
        } else if (part !== segment) {
          return undefined;
        }
      }
      return params as PathParams<S>;
    },
    href(...args) {
      const params = (args[0] ?? {}) as Record<string, string>;
      return `#${parts.map((part) => (part.startsWith(":") ? params[part.slice(1)] : part)).join("/")}`;
    },
  };
}

/**
 * A route at a fixed path whose params come from its query (`#/files?do=import`): `read` takes
 * the query (never throws: what it does not understand it leaves out), `write` gives it back.
 */
export function queryPath<P extends object>(pattern: string, read: (query: string) => P, write: (params: P) => string): RoutePath<P> {
  return {
    pattern,
    match: (path, query) => (path === pattern ? read(query) : undefined),
    href(...args) {
      const query = write((args[0] ?? {}) as P);
      return query === "" ? `#${pattern}` : `#${pattern}?${query}`;
    },
  };
}
