/**
 * The service worker (hand-written; built to `sw.js` at the app's base by the plugin in
 * `vite.config.ts`, which puts the precache manifest in front of it). It makes the app open
 * offline where the page is a secure context:
 * - install: caches every file of the build (`chapterhouse-app-<version>`), fetched afresh;
 * - activate: deletes the caches of other versions and takes control of open pages at once;
 * - fetch: see `offline-route.ts` — the app's files from the cache, page loads from the network
 *   with the cached `index.html` when it is unreachable, everything else (relay.json, healthz,
 *   metrics, other origins) untouched. Nothing fetched at run time is ever cached, so the cache
 *   always holds one consistent build.
 * It must stay a classic script: it imports only modules no other entry imports (the build
 * fails if `sw.js` ends up with an `import`).
 */
import { offlineRoute } from "./offline-route.js";
import { isPrecacheManifest, PRECACHE_GLOBAL, type PrecacheManifest } from "./precache-manifest.js";

const CACHE_PREFIX = "chapterhouse-app-";
const APP_SHELL = "index.html";

/** The parts of the service worker's events this file uses (the DOM typings have no worker scope). */
interface ExtendableEventLike {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEventLike) => void): void;
}

function serveOffline(worker: ServiceWorkerScope, manifest: PrecacheManifest): void {
  const scope = worker.registration.scope;
  const cacheName = `${CACHE_PREFIX}${manifest.version}`;
  const precached = new Set(manifest.files);

  worker.addEventListener("install", (event) => {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(cacheName);
        // `reload`: straight from the server, never from the HTTP cache (a half-updated mix).
        await cache.addAll(manifest.files.map((file) => new Request(new URL(file, scope).href, { cache: "reload" })));
        await worker.skipWaiting();
      })(),
    );
  });

  worker.addEventListener("activate", (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name !== cacheName) await caches.delete(name);
        await worker.clients.claim();
      })(),
    );
  });

  worker.addEventListener("fetch", (event) => {
    const { request } = event;
    switch (offlineRoute(request, scope, precached)) {
      case "network":
        return; // the browser fetches it as if there were no service worker
      case "precached":
        event.respondWith(fromCache(request).then((cached) => cached ?? fetch(request)));
        return;
      case "app-shell":
        event.respondWith(
          fetch(request).catch(async (error: unknown) => {
            const shell = await fromCache(new URL(APP_SHELL, scope).href);
            if (shell === undefined) throw error;
            return shell;
          }),
        );
        return;
    }
  });

  async function fromCache(request: Request | string): Promise<Response | undefined> {
    const cache = await caches.open(cacheName);
    return cache.match(request);
  }
}

const scope = globalThis as unknown as ServiceWorkerScope;
const manifest = (globalThis as unknown as Record<string, unknown>)[PRECACHE_GLOBAL];
// Without a manifest (a build without the plugin) the worker handles nothing: every request
// goes to the network as if there were none.
if (isPrecacheManifest(manifest)) serveOffline(scope, manifest);
