/**
 * The custom protocol that serves the packaged renderer build at `chapterhouse://app/…`.
 * Registered as standard and secure, so the page is a secure context (IndexedDB,
 * `crypto.subtle`) with its own origin; never a remote origin, never `file:`.
 *
 * resolveAppRequest (request → file) and serveAppRequest (Request → Response) are plain
 * functions tested under Node; registerAppScheme and handleAppProtocol are the Electron glue.
 */
import { extname, isAbsolute, join, relative } from "node:path";
import type { Protocol } from "electron";
import { APP_SCHEME, parseAppUrl } from "./app-origin.js";

/** Where a request leads. */
export type AppRequestResolution =
  | { readonly type: "file"; readonly path: string; readonly contentType: string }
  | { readonly type: "refused"; readonly status: 400 | 404 | 405; readonly reason: string };

/** Content types by extension; anything else is served as application/octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = Object.freeze({
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".webmanifest": "application/manifest+json",
  // WebAssembly.instantiateStreaming requires exactly this type.
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
});

const INDEX = "index.html";

/**
 * The file under `root` that a request for `url` reads. Only GET and HEAD on the app's
 * origin (parseAppUrl); the WHATWG parser has already removed `.`/`..` segments (also their
 * `%2e` forms); each remaining segment is percent-decoded and refused if it is empty, `.`,
 * `..`, starts with a dot, or holds `/`, `\`, `:` or a control character (encoded traversal,
 * Windows drive letters and streams). `/` is `index.html`; a last segment without an
 * extension is an app route and also gets `index.html`. Query and fragment are ignored.
 * Never throws.
 */
export function resolveAppRequest(method: string, url: string, root: string): AppRequestResolution {
  if (method !== "GET" && method !== "HEAD") return refused(405, "only GET and HEAD");
  const parsed = parseAppUrl(url);
  if (parsed === undefined) return refused(404, "not the app's origin");
  const raw = parsed.pathname;
  if (raw.includes("\\")) return refused(400, "backslash in path");
  if (raw === "/" || raw === "") return file(join(root, INDEX));
  const segments: string[] = [];
  for (const encoded of raw.slice(1).split("/")) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return refused(400, "malformed percent-encoding");
    }
    if (segment === "" || segment.startsWith(".") || /[/\\:\p{Cc}]/u.test(segment)) {
      return refused(404, "not a file of the app");
    }
    segments.push(segment);
  }
  const last = segments[segments.length - 1]!;
  if (extname(last) === "") return file(join(root, INDEX));
  const path = join(root, ...segments);
  // Belt and braces: whatever the segments were, the path must stay under root.
  const inside = relative(root, path);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside))
    return refused(404, "outside the app's files");
  return file(path);
}

/** What serveAppRequest needs. */
export interface AppFiles {
  /** The folder of the renderer build. */
  readonly root: string;
  /** The current Content-Security-Policy (content-security-policy.ts), read per response. */
  readonly contentSecurityPolicy: () => string;
  /** Reads a whole file; rejects with an error whose `code` is "ENOENT" or "EISDIR" when there is none. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
}

/**
 * Answers one request of the app protocol: the file's bytes with its content type and the
 * security headers (CSP, nosniff, no referrer), or a short text error (4xx, 404 for a
 * missing file, 500 if reading fails otherwise). Never rejects.
 */
export async function serveAppRequest(request: Request, files: AppFiles): Promise<Response> {
  const headers = {
    "Content-Security-Policy": files.contentSecurityPolicy(),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-cache",
  };
  const resolution = resolveAppRequest(request.method, request.url, files.root);
  if (resolution.type === "refused") return text(resolution.status, resolution.reason, headers);
  let body: Uint8Array;
  try {
    body = await files.readFile(resolution.path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return code === "ENOENT" || code === "EISDIR"
      ? text(404, "not found", headers)
      : text(500, "could not read the file", headers);
  }
  return new Response(request.method === "HEAD" ? null : body, {
    status: 200,
    headers: { ...headers, "Content-Type": resolution.contentType, "Content-Length": String(body.length) },
  });
}

/**
 * Registers the scheme as standard (origin, relative URLs, its own storage), secure (a
 * secure context: IndexedDB, crypto.subtle) and fetchable. Electron requires this before
 * the app's `ready` event. Glue: not testable without Electron.
 */
export function registerAppScheme(protocol: Pick<Protocol, "registerSchemesAsPrivileged">): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the app's files on the scheme (after `ready`). Glue: not testable without Electron. */
export function handleAppProtocol(protocol: Pick<Protocol, "handle">, files: AppFiles): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, files));
}

function file(path: string): AppRequestResolution {
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
  return { type: "file", path, contentType };
}

function refused(status: 400 | 404 | 405, reason: string): AppRequestResolution {
  return { type: "refused", status, reason };
}

function text(status: number, message: string, headers: Record<string, string>): Response {
  return new Response(message, {
    status,
    headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
  });
}
