import type { IncomingMessage, ServerResponse } from "node:http";
import { serveStatic } from "./static-files.js";

/** GET /healthz body (PROTOCOL.md W6.2). */
export interface HealthReport {
  readonly documents: number;
  readonly peers: number;
  readonly uptimeSeconds: number;
}

export interface HttpRoutes {
  readonly health: () => HealthReport;
  readonly metrics: () => string;
  /** Folder served as static files at `/`, if any (W6.4). */
  readonly webRoot: string | undefined;
  /** Whether WebSocket upgrades need a token (W6.5). */
  readonly tokenRequired: boolean;
}

/** GET /relay.json body (W6.5): tells a web app served here where its relay is. */
export interface RelayInfo {
  readonly v: 1;
  /** The WebSocket endpoint is this page's own origin, path `/`. */
  readonly websocket: "same-origin";
  readonly tokenRequired: boolean;
}

/**
 * Answers plain HTTP requests (W6): `/healthz`, `/metrics`, `/relay.json`, then static files for GET and
 * HEAD. Other methods get 405. Never throws; a failure becomes a 500.
 */
export function createHttpHandler(routes: HttpRoutes): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(routes, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end();
    });
  };
}

async function handle(routes: HttpRoutes, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let pathname: string;
  try {
    pathname = new URL(req.url ?? "/", "http://relay.invalid").pathname;
  } catch {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("bad request\n");
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }).end("method not allowed\n");
    return;
  }
  if (pathname === "/healthz") {
    send(req, res, "application/json; charset=utf-8", `${JSON.stringify(routes.health())}\n`);
  } else if (pathname === "/relay.json") {
    const info: RelayInfo = { v: 1, websocket: "same-origin", tokenRequired: routes.tokenRequired };
    send(req, res, "application/json; charset=utf-8", `${JSON.stringify(info)}\n`);
  } else if (pathname === "/metrics") {
    send(req, res, "text/plain; version=0.0.4; charset=utf-8", routes.metrics());
  } else if (routes.webRoot !== undefined) {
    await serveStatic(routes.webRoot, pathname, req, res);
  } else {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
  }
}

function send(req: IncomingMessage, res: ServerResponse, contentType: string, body: string): void {
  res.writeHead(200, {
    "Content-Type": contentType,
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
