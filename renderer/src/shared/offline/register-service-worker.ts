/**
 * Whether and how the page registers the service worker (`service-worker.ts`, built as `sw.js`
 * beside `index.html`). Only a production-like build (any mode but "test" and the dev server),
 * only on a page served over http(s) that is a secure context (https, localhost, 127.0.0.1):
 * browsers offer no service worker elsewhere, and a phone on `http://LAN-address` is not one.
 * The end-to-end test build (`--mode test`) never registers, so no test is served from a cache
 * it did not ask for; the offline test drives the production build.
 */

/** The service worker's file, at the app's base (keep in step with precache-manifest.ts). */
const SERVICE_WORKER_FILE = "sw.js";

/** What the page knows about itself. */
export interface ServiceWorkerContext {
  /** `import.meta.env.MODE`. */
  readonly mode: string;
  /** `import.meta.env.PROD`: false on the dev server, where no `sw.js` is built. */
  readonly production: boolean;
  /** `window.isSecureContext`. */
  readonly secureContext: boolean;
  /** `"serviceWorker" in navigator`. */
  readonly serviceWorker: boolean;
  /** The page's address (`location.href`). */
  readonly pageUrl: string;
}

/** Whether to register, and the script's address if so. */
export type ServiceWorkerPlan =
  | { readonly type: "register"; readonly scriptUrl: string }
  | { readonly type: "skip"; readonly reason: "test-build" | "development" | "not-http" | "insecure" | "unsupported" };

/** Decides whether to register the service worker. Pure; never throws. */
export function serviceWorkerPlan(context: ServiceWorkerContext): ServiceWorkerPlan {
  if (context.mode === "test") return { type: "skip", reason: "test-build" };
  if (!context.production) return { type: "skip", reason: "development" };
  let page: URL;
  try {
    page = new URL(context.pageUrl);
  } catch {
    return { type: "skip", reason: "not-http" };
  }
  if (page.protocol !== "http:" && page.protocol !== "https:") return { type: "skip", reason: "not-http" };
  if (!context.secureContext) return { type: "skip", reason: "insecure" };
  if (!context.serviceWorker) return { type: "skip", reason: "unsupported" };
  return { type: "register", scriptUrl: new URL(SERVICE_WORKER_FILE, page).href };
}

/**
 * Registers the service worker if `plan` says so; a registration that fails is reported to
 * `onError` (the app works on without it). Never throws.
 */
export function registerServiceWorker(
  container: Pick<ServiceWorkerContainer, "register"> | undefined,
  plan: ServiceWorkerPlan,
  onError: (error: unknown) => void,
): void {
  if (plan.type !== "register" || container === undefined) return;
  container.register(plan.scriptUrl).then(() => undefined, onError);
}
