/**
 * Serves a built app as static files from 127.0.0.1 on a free port, under a path prefix (the
 * build uses a relative base, so it must work from any path).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** A running static server. */
export interface ServedApp {
  /** The app's address, ending in `/`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` at `http://127.0.0.1:port{prefix}`.
 * @param prefix a path starting and ending with `/` (default `/app/`).
 */
export async function serveApp(folder: string, prefix = "/app/"): Promise<ServedApp> {
  const root = normalize(folder).replace(/[\\/]+$/, "");
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const relativePath = path.slice(prefix.length) || "index.html";
    const file = normalize(join(root, relativePath));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          "content-type": TYPES[extname(file)] ?? "application/octet-stream",
          "cache-control": "no-store",
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
